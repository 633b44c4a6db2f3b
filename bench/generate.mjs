// Generates snapshots of any size with realistic text lengths, for the benchmark and
// the large-snapshot tests. Deterministic: the same size gives the same document.
//   node bench/generate.mjs 10000 > big.json

const WORDS_NL = ('defensie industrie innovatie productie munitie drones kennis samenwerking regio ' +
  'opschaling financiering onderzoek capaciteit partnerschap strategie markt contract toezegging ' +
  'kamer brief voortgang programma ecosysteem materialen ruimtevaart sensoren quantum veiligheid ' +
  'leveringszekerheid Oekraïne Europese partners investering regeling actieagenda uitvoering').split(' ');
const WORDS_EN = ('defence industry innovation production ammunition drones knowledge cooperation region ' +
  'scale-up financing research capacity partnership strategy market contract commitment ' +
  'parliament letter progress programme ecosystem materials space sensors quantum security ' +
  'supply assurance Ukraine European partners investment scheme action agenda implementation').split(' ');
const LINE_STATUSES = ['planned', 'in_progress', 'in_progress', 'in_progress', 'achieved', 'delayed', 'cancelled'];
const MILESTONE_STATUSES = ['done', 'done', 'pending', 'pending', 'pending', 'cancelled'];

/** A small seeded PRNG (mulberry32). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateSnapshot(milestoneCount, seed = 42) {
  const next = random(seed + milestoneCount);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const sentence = (words, min, max) => {
    const length = min + Math.floor(next() * (max - min + 1));
    const text = Array.from({ length }, () => pick(words)).join(' ');
    return text[0].toUpperCase() + text.slice(1);
  };
  const text = (min, max) => ({ nl: sentence(WORDS_NL, min, max), en: sentence(WORDS_EN, min, max) });
  // Deadlines fall from 2023 to 2028; facts (sources, milestones done) by 2025, before
  // `as_of`, as the validator expects of a fact.
  const date = (lastYear = 2028) => {
    const year = 2023 + Math.floor(next() * (lastYear - 2022));
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const kind = next();
    if (kind < 0.4) return `${year}-${month}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
    if (kind < 0.6) return `${year}-${month}`;
    if (kind < 0.85) return `${year}-Q${1 + Math.floor(next() * 4)}`;
    if (kind < 0.95) return `${year}-H${1 + Math.floor(next() * 2)}`;
    return String(year);
  };

  const sources = Array.from({ length: 20 }, (_, index) => ({
    id: `source-${index}`,
    title: text(4, 10),
    date: date(2025),
    url: `https://example.org/documents/${index}`,
    reference: `Kamerstuk ${30000 + index}, nr. ${1 + (index % 20)}`,
    kind: pick(['letter', 'motion', 'commitment', 'news']),
  }));
  const pillars = ['sterk', 'slim', 'samen', 'snel'].map((id) => ({ id, title: text(2, 6), summary: text(10, 20) }));
  const lineCount = Math.max(10, Math.round(milestoneCount / 10));
  const actionLines = Array.from({ length: lineCount }, (_, index) => ({
    id: `line-${index}`,
    pillar: pillars[index % pillars.length].id,
    title: text(4, 10),
    summary: text(20, 45),
    status: pick(LINE_STATUSES),
    owners: [pick(['Defensie', 'EZ', 'OCW', 'KGG', 'RVO', 'TNO'])],
    budget: next() < 0.3 ? [{ amount_eur: Math.round(next() * 50) * 1_000_000, label: text(2, 5), source: pick(sources).id }] : [],
    sources: [pick(sources).id],
    notes: next() < 0.3 ? text(10, 30) : undefined,
  }));
  const milestones = Array.from({ length: milestoneCount }, (_, index) => {
    const status = pick(MILESTONE_STATUSES);
    return {
      id: `milestone-${index}`,
      action_line: actionLines[index % lineCount].id,
      title: text(4, 10),
      description: next() < 0.3 ? text(10, 25) : undefined,
      date: date(status === 'done' ? 2025 : 2028),
      status,
      sources: [pick(sources).id],
    };
  });
  return {
    schema_version: 1,
    id: `generated-${milestoneCount}`,
    title: { nl: `Gegenereerde monitor met ${milestoneCount} mijlpalen`, en: `Generated monitor with ${milestoneCount} milestones` },
    as_of: '2026-06-30',
    default_language: 'nl',
    sources,
    pillars,
    action_lines: actionLines,
    milestones,
  };
}

/** As many entries as the validator's limits allow, each as small as the format allows. */
export function mostEntriesSnapshot() {
  const pillars = Array.from({ length: 100 }, (_, index) => ({ id: `p${index}`, title: `Pijler ${index}` }));
  const lines = Array.from({ length: 5000 }, (_, index) => ({
    id: `l${index}`, pillar: `p${index % 100}`, title: `Actielijn ${index}`, status: 'in_progress', sources: ['s'],
  }));
  const milestones = Array.from({ length: 20000 }, (_, index) => ({
    id: `m${index}`, action_line: `l${index % 5000}`, title: `Mijlpaal ${index}`,
    // Done only up to 2026 (as_of lies in 2026-Q4), pending in every year.
    date: `${2024 + (index % 4)}-Q${1 + (index % 4)}`, status: index % 3 || index % 4 === 3 ? 'pending' : 'done', sources: ['s'],
  }));
  return {
    schema_version: 1, id: 'most', title: 'Zo veel mogelijk', as_of: '2026-11-01',
    sources: [{ id: 's', title: 'Bron' }], pillars, action_lines: lines, milestones,
  };
}

/** The same milestones in TimelineJS's JSON format, with the same texts and dates. */
export function toTimelineJs(snapshot) {
  const startOf = (fuzzy) => {
    const [year, part, day] = fuzzy.split('-');
    if (!part) return { year };
    if (part.startsWith('Q')) return { year, month: String((Number(part[1]) - 1) * 3 + 1) };
    if (part.startsWith('H')) return { year, month: part[1] === '1' ? '1' : '7' };
    return day ? { year, month: String(Number(part)), day: String(Number(day)) } : { year, month: String(Number(part)) };
  };
  return {
    title: { text: { headline: snapshot.title.en, text: '' } },
    events: snapshot.milestones.map((milestone) => ({
      start_date: startOf(milestone.date),
      display_date: milestone.date,
      text: { headline: milestone.title.en, text: milestone.description?.en ?? '' },
      group: snapshot.action_lines.find((line) => line.id === milestone.action_line)?.pillar,
    })),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 1000);
  process.stdout.write(JSON.stringify(generateSnapshot(count)));
}
