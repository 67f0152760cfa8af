/**
 * The image figures of a Dockerfile whose base and head were built (`build: true`), for the comment and
 * the job summary: the overview cell and a folded section with the layers. Pure: text in, text out.
 * Everything from the build (instructions, logs, reasons) is repository text and is escaped.
 */
import type { ImageComparison, ImageLayer, ImageMeasurement, StageSize, VariantResult } from '../docker/types.js';
import type { StageAnnotations } from '../graph/index.js';
import { formatByteDelta, formatBytes, formatPercent } from '../docker/units.js';
import type { JsonImage, JsonStageSize, JsonVariant } from './json.js';
import { codeSpan, htmlText, markdownText } from './markdown-parts.js';

/** Rows per layer table, so one image cannot crowd out the comment. */
const MAX_LAYER_ROWS = 8;
const MAX_INSTRUCTION_CHARS = 120;
/** Characters of a failed build's log shown (its end). */
const MAX_LOG_CHARS = 3_000;

function sizeOf(image: ImageMeasurement): string {
  return formatBytes(image.bytes);
}

/**
 * `40.1 MB → 1.9 MB **(−95.2 %)**`, `new · 1.9 MB`, `❌ head does not build`; `—` without builds. A
 * Dockerfile built for several targets gets a line per target: `` `api`: 40.1 MB → 1.9 MB (−95.2 %)``.
 */
export function imageCell(image: ImageComparison | undefined): string {
  if (!image) return '—';
  if (image.targets) return image.targets.map((t) => `${targetName(t.target)}: ${targetCell(t.image)}`).join('<br>');
  return targetCell(image);
}

/** A target as the comment names it: `` `api` ``, or *last stage*. */
function targetName(target: string | null): string {
  return target === null ? '*last stage*' : codeSpan(target);
}

function targetCell(image: ImageComparison): string {
  const { base, head } = image;
  let cell: string;
  if (base.status === 'built' && head.status === 'built') {
    const percent = image.delta ? formatPercent(image.delta.percent) : null;
    cell = `${sizeOf(base.image)} → ${sizeOf(head.image)}${percent ? ` **(${percent})**` : ''}`;
  } else if (head.status === 'built') {
    cell = base.status === 'absent' ? `new · ${sizeOf(head.image)}` : `${sizeOf(head.image)} (base did not build)`;
  } else if (head.status === 'failed') {
    cell = base.status === 'failed' ? 'neither side builds' : '❌ head does not build';
  } else {
    cell = base.status === 'built' ? `removed · was ${sizeOf(base.image)}` : '—';
  }
  if (image.budget?.exceeded) cell += ` · ❌ over ${codeSpan(image.budget.text)}`;
  return cell;
}

function variantLine(label: string, variant: VariantResult): string {
  if (variant.status === 'absent') return '';
  if (variant.status === 'failed') return `- ${label}: did not build — ${markdownText(variant.failure.reason)}\n`;
  const i = variant.image;
  const compressed = i.compressedBytes !== null && i.kind === 'uncompressed' ? `, ${formatBytes(i.compressedBytes)} compressed` : '';
  const platform = i.platform ? `, ${markdownText(i.platform)}` : '';
  return `- ${label}: **${formatBytes(i.bytes)}** ${i.kind}${compressed} · ${i.layers.length} layer${i.layers.length === 1 ? '' : 's'} · built in ${i.buildSeconds.toFixed(1)} s${platform}\n`;
}

function layerTable(title: string, layers: readonly ImageLayer[]): string {
  if (layers.length === 0) return '';
  const rows = layers
    .slice(0, MAX_LAYER_ROWS)
    .map((l) => `| ${formatBytes(l.bytes)} | ${l.instruction ? codeSpan(clip(l.instruction)) : '*(base image or unknown)*'} |\n`)
    .join('');
  const more = layers.length > MAX_LAYER_ROWS ? `\n<sub>${layers.length - MAX_LAYER_ROWS} more not shown: see the JSON report.</sub>\n` : '';
  return `**${title}**\n\n| size | instruction |\n|---:|---|\n${rows}${more}\n`;
}

function clip(text: string): string {
  return text.length > MAX_INSTRUCTION_CHARS ? `${text.slice(0, MAX_INSTRUCTION_CHARS - 1)}…` : text;
}

/** A fenced block holding `text` literally: the fence is longer than any backtick run inside, and `<!--` cannot pass for a comment marker. */
export function codeBlock(text: string): string {
  const content = text.replace(/\r\n?/g, '\n').replace(/<!--/g, '<!-\u200b-');
  const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${content}\n${fence}\n`;
}

function failureLog(label: string, variant: VariantResult): string {
  if (variant.status !== 'failed' || variant.failure.logTail === '') return '';
  const log = variant.failure.logTail;
  const shown = log.length > MAX_LOG_CHARS ? `…${log.slice(log.length - MAX_LOG_CHARS)}` : log;
  return `<details><summary>The end of the ${htmlText(label)} build log</summary>\n\n${codeBlock(shown)}\n</details>\n\n`;
}

/**
 * The folded image section of a file: both sizes with their kind, the delta, layers added and dropped,
 * the largest layers, build times, the budget, notes, and the end of a failed build's log. A Dockerfile
 * built for several targets gets a section per target.
 */
export function imageSection(image: ImageComparison): string {
  if (image.targets) return image.targets.map((t) => targetSection(t.image, `Image of ${t.target === null ? 'the last stage' : `<code>${htmlText(t.target)}</code>`}`)).join('');
  return targetSection(image, 'Image');
}

/** One comparison's folded section; `title` is HTML. */
function targetSection(image: ImageComparison, title: string): string {
  const delta = image.delta ? `${formatByteDelta(image.delta.bytes)}${image.delta.percent !== null ? ` (${formatPercent(image.delta.percent)})` : ''}` : null;
  const summary = `${title}${delta ? `: ${htmlText(delta)}` : ''}`;
  const budget = image.budget ? `- max-size-increase ${codeSpan(image.budget.text)}: ${image.budget.exceeded ? '❌ exceeded' : 'within'}\n` : '';
  const notes = image.notes.map((n) => `- ${markdownText(n)}\n`).join('');
  const body =
    `${variantLine('base', image.base)}${variantLine('head', image.head)}${delta ? `- delta: **${delta}**\n` : ''}${budget}${notes}\n` +
    layerTable('Layers added', image.added) +
    layerTable('Layers dropped', image.dropped) +
    layerTable('Largest layers', image.largest) +
    stagesPart(image.stages ?? [], image.baseStages) +
    failureLog('head', image.head) +
    failureLog('base', image.base);
  return `<details><summary>${summary}</summary>\n\n${body}</details>\n\n`;
}

/**
 * The comparison a JSON report describes (publish-report mode renders the comment from it). Per-variant
 * layers are not in the JSON, only their count: the variants get that many anonymous layers, and the
 * added, dropped and largest layers come from the report's lists.
 */
export function imageComparisonFromJson(json: JsonImage): ImageComparison {
  const variant = (v: JsonVariant): VariantResult => {
    if (v.status === 'absent') return { status: 'absent' };
    if (v.status === 'failed') return { status: 'failed', failure: { reason: v.reason, logTail: v.log } };
    const layers = Array.from({ length: v.layerCount }, () => ({ diffId: '', instruction: '', bytes: 0 }));
    return { status: 'built', image: { bytes: v.bytes, kind: v.kind, source: v.source, compressedBytes: v.compressedBytes, layers, configDigest: v.configDigest, platform: v.platform, buildSeconds: v.buildSeconds } };
  };
  const layers = (list: readonly ImageLayer[]) => list.map((l) => ({ ...l }));
  return {
    base: variant(json.base),
    head: variant(json.head),
    delta: json.delta && { ...json.delta },
    added: layers(json.added),
    dropped: layers(json.dropped),
    largest: layers(json.largest),
    budget: json.budget && { ...json.budget },
    notes: [...json.notes],
    ...(json.stages ? { stages: stagesFromJson(json.stages) } : {}),
    ...(json.baseStages ? { baseStages: stagesFromJson(json.baseStages) } : {}),
    ...(json.targets ? { targets: json.targets.map((t) => ({ target: t.target, image: imageComparisonFromJson(t) })) } : {}),
  };
}

function stagesFromJson(stages: readonly JsonStageSize[]): StageSize[] {
  return stages.map((s) => ({ ...s, id: s.name?.toLowerCase() ?? String(s.index) }));
}

/** The comparison as plain text for a terminal (`stagecraft compare`). */
export function imageText(image: ImageComparison): string {
  const line = (label: string, v: VariantResult): string => {
    if (v.status === 'absent') return `${label}: —\n`;
    if (v.status === 'failed') return `${label}: did not build (${v.failure.reason})\n${v.failure.logTail ? `${indent(v.failure.logTail)}\n` : ''}`;
    const i = v.image;
    const compressed = i.compressedBytes !== null && i.kind === 'uncompressed' ? `, ${formatBytes(i.compressedBytes)} compressed` : '';
    return `${label}: ${formatBytes(i.bytes)} ${i.kind}${compressed}, ${i.layers.length} layers, built in ${i.buildSeconds.toFixed(1)} s\n`;
  };
  const layers = (title: string, list: readonly ImageLayer[]) =>
    list.length === 0 ? '' : `${title}:\n${list.slice(0, MAX_LAYER_ROWS).map((l) => `  ${formatBytes(l.bytes).padStart(9)}  ${l.instruction || '(base image or unknown)'}`).join('\n')}\n`;
  const delta = image.delta ? `delta: ${formatByteDelta(image.delta.bytes)}${image.delta.percent !== null ? ` (${formatPercent(image.delta.percent)})` : ''}\n` : '';
  const budget = image.budget ? `max-size-increase ${image.budget.text}: ${image.budget.exceeded ? 'EXCEEDED' : 'within'}\n` : '';
  return `${line('base', image.base)}${line('head', image.head)}${delta}${budget}${image.notes.map((n) => `note: ${n}\n`).join('')}${layers('layers added', image.added)}${layers('layers dropped', image.dropped)}${layers('largest layers', image.largest)}`;
}

function indent(text: string): string {
  return text.split('\n').map((l) => `    ${l}`).join('\n');
}

/** The heaviest stage the final image copies from, with the final stage: what multi-stage saved. */
export function multiStageSaving(stages: readonly StageSize[]): { final: StageSize; heaviest: StageSize } | null {
  const final = stages.find((s) => s.final);
  const heaviest = stages.filter((s) => s.copiedFromByFinal && s.bytes !== null).sort((a, b) => b.bytes! - a.bytes!)[0];
  return final && heaviest && final.bytes !== null ? { final, heaviest } : null;
}

function stageLabel(stage: StageSize): string {
  return stage.name !== null ? codeSpan(stage.name) : `stage ${stage.index}`;
}

function stagesPart(stages: readonly StageSize[], baseStages: readonly StageSize[] | undefined): string {
  if (stages.length === 0) return '';
  const saving = savingLine('The final image', multiStageSaving(stages));
  // A base whose target reaches no other stage (a single-stage Dockerfile) has no stage to set beside the head's.
  if (!baseStages || baseStages.length === 0) {
    const rows = stages.map((s) => `| ${stageLabel(s)}${s.final ? ' (final)' : ''} | ${s.bytes === null ? 'did not build' : formatBytes(s.bytes)} | ${s.layers} |\n`).join('');
    return `**Stages** (each built on its own)\n\n| stage | size | layers |\n|---|---:|---:|\n${rows}\n${saving}`;
  }
  const sizeOf = (s: StageSize | undefined) => (s === undefined ? '—' : s.bytes === null ? 'did not build' : formatBytes(s.bytes));
  const rows = stages
    .map((s) => {
      const base = baseStages.find((b) => b.id === s.id);
      const delta = base?.bytes != null && s.bytes !== null ? formatByteDelta(s.bytes - base.bytes) : '—';
      return `| ${stageLabel(s)}${s.final ? ' (final)' : ''} | ${sizeOf(base)} | ${sizeOf(s)} | ${delta} | ${s.layers} |\n`;
    })
    .join('');
  const baseSaving = savingLine('On the base, the final image', multiStageSaving(baseStages));
  return `**Stages** (each built on its own; base matched by stage name, else index)\n\n| stage | base | head | delta | layers |\n|---|---:|---:|---:|---:|\n${rows}\n${saving}${baseSaving}`;
}

/** `The final image (2 MB) ships instead of `build` (40 MB), …`: what one stage would have shipped. */
function savingLine(subject: string, saving: ReturnType<typeof multiStageSaving>): string {
  if (!saving) return '';
  return (
    `${subject} (${formatBytes(saving.final.bytes!)}) ships instead of ${stageLabel(saving.heaviest)} (${formatBytes(saving.heaviest.bytes!)}), the heaviest stage it copies from: ` +
    `${formatBytes(saving.heaviest.bytes! - saving.final.bytes!)} the single-stage image would have carried.\n\n`
  );
}

/**
 * Sizes for the stage graph's nodes, keyed as the graph keys stages: each stage's head size, with its
 * base size where the base's same stage was measured too (the label then shows the delta). With several
 * targets, a stage more than one reaches takes the first target's figures.
 */
export function stageAnnotations(image: ImageComparison | undefined): Map<string, StageAnnotations> | undefined {
  const annotations = new Map<string, StageAnnotations>();
  for (const { stages, baseStages } of image ? (image.targets?.map((t) => t.image) ?? [image]) : []) {
    for (const s of stages ?? []) {
      if (s.bytes === null || annotations.has(s.id)) continue;
      const base = baseStages?.find((b) => b.id === s.id)?.bytes;
      annotations.set(s.id, { sizeBytes: s.bytes, layers: s.layers, buildSeconds: s.buildSeconds, ...(base != null ? { baseSizeBytes: base } : {}) });
    }
  }
  return annotations.size > 0 ? annotations : undefined;
}
