import { render } from 'preact';
import '@scdl/ui/styles.css';
import '../pages.css';
import { Options } from './Options';

render(<Options />, document.getElementById('app')!);
