// The one-file app's entry (build/single-file.ts): its embedded files unpacked, the saved view applied,
// then the app as served.
import { embeddedReady } from './ui/map/offline-sources.ts';
import './ui/map/offline-view.ts';

await embeddedReady;
await import('./main.ts');
