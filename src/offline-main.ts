// The one-file app's entry (build/single-file.ts): the saved view first, then the app as served.
import './ui/map/offline-view.ts';
import './main.ts';
