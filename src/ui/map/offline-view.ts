import { embeddedView } from './offline-sources.ts';

// The one-file app, before the app reads its URL: a view given in the hash (`#layers=…`, for places
// that drop a file URL's query) becomes the query; with neither, the view the file was saved at does.
// Runs first (src/offline-main.ts); afterwards the app keeps its state in the query as when served.
const hash = location.hash.replace(/^#/, '');
const query = location.search ? null : hash.includes('=') ? hash : embeddedView();
if (query) history.replaceState(null, '', `${location.pathname}?${query}`);
