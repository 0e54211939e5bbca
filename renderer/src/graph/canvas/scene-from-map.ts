// Pure: the big-map canvas's scene built straight from the map, with the same classes and data
// fields the element list gives Cytoscape (elements.ts) but without writing 80,000 element objects
// out first and reading them back: on a 20,000-stakeholder map that was most of the window's first
// render. The scene equals buildScene(buildElements(input)) (canvas-scene-from-map.test.ts).
import type { Stakeholder, Tie } from '../../../../shared/model';
import { edgeClassesOf, edgeCode, elementContext, isShown, nodeClassesOf, nodeCode, nodeColour, PIE_SLOTS, pieColour, pieSize, placeOf, type GraphInput } from '../elements';
import type { Scene } from './scene';
import { SceneBuilder } from './scene-builder';
import type { Data } from './scene-looks';

/**
 * A node's data fields as elements.ts names them, read when the look asks: of the ten pie fields,
 * most nodes have one read (the second slot's size, which tells a pie from a single fill).
 */
class StakeholderData {
  constructor(
    private readonly s: Stakeholder,
    readonly colour: string,
    readonly size: number,
    private readonly singleFill: boolean,
  ) {}
  get id(): string {
    return this.s.id;
  }
  get label(): string {
    return this.s.name;
  }
  get kind(): string {
    return this.s.kind;
  }
  pieColour(slot: number): string {
    return pieColour(this.s, slot);
  }
  pieSize(slot: number): number {
    return pieSize(this.s, slot, this.singleFill);
  }
}

for (let slot = 0; slot < PIE_SLOTS; slot += 1) {
  Object.defineProperty(StakeholderData.prototype, `pie${slot + 1}Colour`, { get: function (this: StakeholderData) { return this.pieColour(slot); } });
  Object.defineProperty(StakeholderData.prototype, `pie${slot + 1}Size`, { get: function (this: StakeholderData) { return this.pieSize(slot); } });
}

const classSet = (classes: string) => new Set(classes.split(' '));
const asData = (data: StakeholderData | Tie) => data as unknown as Data;

/** The scene of `input`; `linkSource` is the node waiting for the second end of a new tie. */
export function buildMapScene(input: GraphInput, linkSource: string | null = null): Scene {
  const context = elementContext(input);
  const { look } = context;
  const preview = input.preview ?? null;
  const builder = new SceneBuilder();
  const visible = new Set<string>();
  for (const s of input.map.stakeholders) {
    const shown = isShown(s, input.filters, look);
    if (shown) visible.add(s.id);
    const fill = look.fill(s);
    // Keyed by its code while nothing adds a class of its own (a highlight, the link's first end):
    // no string per node.
    const code = nodeCode(s, context, shown, fill);
    const own = s.id === linkSource ? [...look.nodeClasses(s.id), 'link-source'] : look.nodeClasses(s.id);
    const place = placeOf(s, preview);
    const data = new StakeholderData(s, nodeColour(s, fill), look.size(s), fill !== null);
    builder.node(own.length === 0 ? code : `${code} ${own.join(' ')}`, () => classSet(nodeClassesOf(code, own)), s.id, asData(data), place?.x ?? NaN, place?.y ?? NaN);
  }
  for (const t of input.map.ties) {
    // Keyed by its code while the look adds no class of its own (no highlight): no string per tie.
    // A tie's element data are its own id, ends, type and strength.
    const code = edgeCode(t, visible, input.selection);
    const extra = look.edgeClasses(t);
    builder.edge(extra.length === 0 ? code : `${code} ${extra.join(' ')}`, () => classSet(edgeClassesOf(code, extra)), t.id, t.source, t.target, asData(t));
  }
  return builder.finish();
}
