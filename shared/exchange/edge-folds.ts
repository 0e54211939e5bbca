// Counts what the import folds when edges become ties, so the user is told in numbers: a
// directed edge whose tie type has no direction loses its arrow; a -> b and b -> a of such a
// type become one tie (a two-way pair, named apart from plain repeats); repeated edges of one
// type between the same two stakeholders become one tie.
import type { TieType } from '../model';
import type { WarningLog } from './import-error';

export class EdgeFolds {
  private directionDropped = 0;
  private readonly droppedTypes = new Set<TieType>();
  private twoWay = 0;
  private parallel = 0;
  /** Directed orientations ("a>b") already merged into each tie key. */
  private readonly orientations = new Map<string, Set<string>>();

  /** A new tie: notes the edge's direction when its type cannot keep it. */
  first(key: string, type: TieType, typeDirected: boolean, edgeDirected: boolean, source: string, target: string): void {
    const seen = new Set<string>();
    if (!typeDirected && edgeDirected) {
      this.directionDropped++;
      this.droppedTypes.add(type);
      seen.add(`${source}>${target}`);
    }
    this.orientations.set(key, seen);
  }

  /** An edge folded into an existing tie: a two-way pair when only the reverse arrow was seen before. */
  merged(key: string, type: TieType, typeDirected: boolean, edgeDirected: boolean, source: string, target: string): void {
    const seen = this.orientations.get(key) ?? new Set<string>();
    if (!typeDirected && edgeDirected) {
      this.directionDropped++;
      this.droppedTypes.add(type);
      const reverseOnly = seen.has(`${target}>${source}`) && !seen.has(`${source}>${target}`);
      if (reverseOnly) this.twoWay++;
      else this.parallel++;
      seen.add(`${source}>${target}`);
    } else this.parallel++;
    this.orientations.set(key, seen);
  }

  report(file: string, warnings: WarningLog): void {
    if (this.directionDropped > 0) {
      const types = [...this.droppedTypes].map((t) => `"${t}"`).join(', ');
      warnings.add(
        'direction folded',
        `${file}: ${this.directionDropped} directed edges became ties without a direction, because their tie type (${types}) has none`,
      );
    }
    if (this.twoWay > 0) {
      warnings.add(
        'two-way folded',
        `${file}: ${this.twoWay} two-way pairs of directed edges (a -> b and b -> a, same tie type) each became one tie; their weights were added`,
      );
    }
    if (this.parallel > 0) {
      warnings.add('collapsed', `${file}: ${this.parallel} parallel edges (same two nodes, same tie type) were merged into existing ties`);
    }
  }
}
