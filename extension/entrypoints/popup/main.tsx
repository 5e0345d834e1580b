import { render } from 'preact';
import '@scdl/ui/styles.css';
import '../pages.css';
import { Popup } from './Popup';

render(<Popup />, document.getElementById('app')!);
