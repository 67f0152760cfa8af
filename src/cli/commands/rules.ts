import { parseArgs } from 'node:util';
import { RULES } from '../../lint/registry.js';
import { docsUrl } from '../../lint/docs.js';
import { UsageError, type CliIO } from '../io.js';

export async function rulesCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({ args: argv, strict: true, options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout('Usage: stagecraft rules [--format text|json]\n\nLists every rule: id, default severity, aliases and docs.\n');
    return 0;
  }
  const rules = RULES.map((r) => ({ id: r.id, title: r.title, severity: r.severity, aliases: r.aliases, docs: docsUrl(r.id) }));
  if (values.format === 'json') {
    io.stdout(JSON.stringify({ rules }, null, 2) + '\n');
    return 0;
  }
  if (values.format !== 'text') throw new UsageError(`--format must be text or json (got "${values.format}")`);
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const r of rules) {
    const aliases = r.aliases.length ? ` [${r.aliases.join(', ')}]` : '';
    io.stdout(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.title}${aliases}\n`);
  }
  return 0;
}
