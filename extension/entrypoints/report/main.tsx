import { render } from 'preact';
import '@scdl/ui/styles.css';
import '../pages.css';
import { ReportPage } from './ReportPage';

const params = new URLSearchParams(location.search);
render(<ReportPage url={params.get('url')} local={params.get('local')} schema={params.get('schema') ?? undefined} />, document.getElementById('app')!);
