// The 256 words of an invite's words form, one per byte value: short, everyday, easy to say aloud
// and to tell apart when read over the phone. Chosen for this app; the order is the byte value.
export const INVITE_WORDS: readonly string[] = [
  'acorn', 'adobe', 'agent', 'alarm', 'album', 'alley', 'amber', 'angle', 'apple', 'apron', 'arbor', 'arena', 'arrow', 'aspen', 'atlas', 'attic',
  'autumn', 'avenue', 'badge', 'bagel', 'baker', 'bamboo', 'banjo', 'barley', 'basin', 'basket', 'beacon', 'beaver', 'bench', 'berry', 'bicycle',
  'bishop', 'blanket', 'blossom', 'border', 'bottle', 'bracket', 'branch', 'breeze', 'bridge', 'brook', 'bucket', 'buffalo', 'bundle',
  'butter', 'button', 'cabin', 'cactus', 'camera', 'candle', 'canoe', 'canyon', 'carbon', 'carpet', 'castle', 'cedar', 'cellar', 'cherry',
  'chimney', 'circle', 'citrus', 'clover', 'cobalt', 'coconut', 'collar', 'comet', 'copper', 'coral', 'cotton', 'cradle', 'crayon', 'cricket',
  'crystal', 'curtain', 'cypress', 'dancer', 'delta', 'denim', 'desert', 'diamond', 'dinner', 'dolphin', 'domino', 'donkey', 'dragon', 'drum',
  'eagle', 'easel', 'echo', 'elbow', 'ember', 'engine', 'falcon', 'feather', 'fern', 'fiddle', 'field', 'finch', 'flannel', 'forest', 'fossil',
  'fountain', 'fox', 'garden', 'garlic', 'gazelle', 'ginger', 'glacier', 'globe', 'goblet', 'granite', 'grape', 'gravel', 'guitar', 'hammer',
  'harbor', 'harvest', 'hazel', 'helmet', 'heron', 'hickory', 'hollow', 'honey', 'horizon', 'husky', 'igloo', 'indigo', 'island', 'ivory',
  'jacket', 'jasmine', 'jelly', 'jungle', 'kayak', 'kernel', 'kettle', 'kitten', 'ladder', 'lagoon', 'lantern', 'laurel', 'lemon', 'lentil',
  'letter', 'lily', 'linen', 'lizard', 'lobster', 'locket', 'magnet', 'mango', 'maple', 'marble', 'meadow', 'melon', 'meteor', 'mint', 'mitten',
  'monkey', 'mosaic', 'muffin', 'museum', 'napkin', 'nectar', 'needle', 'nickel', 'noodle', 'nutmeg', 'oasis', 'ocean', 'olive', 'onion', 'orbit',
  'orchid', 'otter', 'oyster', 'paddle', 'palace', 'panda', 'parrot', 'pasta', 'peach', 'pebble', 'pencil', 'pepper', 'pilot', 'pine', 'planet',
  'plum', 'pocket', 'poppy', 'potato', 'prairie', 'puzzle', 'quartz', 'quill', 'rabbit', 'radio', 'raven', 'ribbon', 'river', 'robin', 'rocket',
  'saddle', 'salmon', 'satin', 'scarf', 'shell', 'silver', 'sketch', 'sparrow', 'spider', 'spruce', 'squash', 'statue', 'summit', 'sunset',
  'swan', 'tablet', 'tango', 'teapot', 'thimble', 'thistle', 'thunder', 'tiger', 'timber', 'toast', 'tomato', 'topaz', 'tractor', 'trumpet',
  'tulip', 'tunnel', 'turtle', 'umbrella', 'valley', 'velvet', 'violet', 'walnut', 'wagon', 'walrus', 'whistle', 'willow', 'window', 'winter',
  'wizard', 'yarrow', 'yogurt', 'zebra', 'zinnia', 'cobble', 'dune', 'fjord', 'grove', 'ledge', 'marsh',
];
