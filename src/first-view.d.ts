declare module 'virtual:first-view' {
  import type { LayerSpecification } from 'maplibre-gl';
  const layers: Record<'zh' | 'en', LayerSpecification[]>;
  export default layers;
}
