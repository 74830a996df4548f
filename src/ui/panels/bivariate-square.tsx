import type { Lang } from '../../filters/state.ts';
import type { BivariateGrid } from '../../layers/bivariate.ts';
import { cssColor } from '../../layers/palette.ts';

/** A bivariate map's legend: the 3×3 square (second variable upwards, first to the right) with both axes named. */
export function BivariateSquare({ grid, lang }: { grid: BivariateGrid; lang: Lang }) {
  return (
    <figure className="bivariate" data-testid="bivariate-legend">
      <div className="bivariate-body">
        <span className="bivariate-y">{grid.y[lang]} →</span>
        <div className="bivariate-cells" role="img" aria-label={`${grid.x[lang]} × ${grid.y[lang]}`}>
          {[2, 1, 0].flatMap((j) => [0, 1, 2].map((i) => (
            <span key={`${i}${j}`} style={{ background: cssColor(grid.colors[j]![i]!) }} title={String(grid.counts[j]![i]!)}>{grid.counts[j]![i]! || ''}</span>
          )))}
        </div>
      </div>
      <figcaption className="bivariate-x">{grid.x[lang]} →</figcaption>
    </figure>
  );
}
