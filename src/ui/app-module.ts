// Everything behind the first frame, loaded with import() by main.tsx: the page's first script only
// starts the map (maplibre-gl and React), while this part (zod, the model, the app) downloads and parses.
export { App } from './app.tsx';
export { loadAppData, type AppData } from './load-app-data.ts';
