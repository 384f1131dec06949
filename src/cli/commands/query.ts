/**
 * kg query
 *
 * Answers questions about a saved graph: an entity's neighbors, the entity itself, the relations
 * between two entities, the shortest path joining them. Names are resolved by graph/query's
 * findEntity (case-, hyphen- and alias-insensitive); an unknown name fails with the closest
 * suggestions. Prints an aligned table, or JSON with --json.
 */

import { NotFoundError, UsageError } from '../../../graph/errors.ts';
import type { EntityMatch, KnowledgeGraph } from '../../../graph/index.ts';
import { findEntity, neighbors, relationsBetween, shortestPath } from '../../../graph/index.ts';
import { isRelationType, RELATION_TYPES, type RelationType } from '../../../graph/relations.ts';
import { readGraphFile } from '../../io/graph-file.ts';
import { questionGraph, redact, withStore } from '../../store/index.ts';
import { type CliContext, defineCommand, writeLine } from '../context.ts';
import {
  entityJson,
  formatBetween,
  formatEntity,
  formatNeighbors,
  formatPath,
  neighborJson,
  pathJson,
} from './query-print.ts';

const SUBCOMMANDS = ['neighbors', 'entity', 'between', 'path'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

export const queryCommand = defineCommand({
  spec: {
    name: 'query',
    summary: 'Ask a graph about an entity, its neighbors, or what joins two entities.',
    synopsis:
      'query <graph.json|gexf|graphml> neighbors|entity|between|path <names...> [--relation r] [--direction out|in|both] [--depth n] [--json]',
    details: [
      '  neighbors <name>   entities joined to it (with --relation, --direction, --depth)',
      '  entity <name>      what the graph knows about it: aliases, documents, relations',
      '  between <a> <b>    every relation between two entities, with its evidence',
      '  path <a> <b>       the shortest chain of relations from a to b',
      'Names are matched case-, hyphen- and alias-insensitively ("ana ruiz-lopez" finds "Ana Ruiz Lopez",',
      'and any name or title the graph lists among its aliases).',
      'A name of several words after neighbors / entity needs no quotes.',
    ],
    positionals: {
      min: 2,
      max: Number.POSITIVE_INFINITY,
      description: 'a graph file (or --db), a question and a name',
    },
    options: {
      relation: {
        type: 'string',
        short: 'r',
        valueName: 'relation',
        description: 'only this relation (neighbors)',
      },
      direction: {
        type: 'string',
        short: 'd',
        choices: ['out', 'in', 'both'],
        default: 'both',
        description: 'edge direction (neighbors)',
      },
      depth: { type: 'number', min: 1, max: 10, default: 1, description: 'hops away (neighbors)' },
      json: { type: 'boolean', description: 'print JSON instead of a table' },
      db: {
        type: 'string',
        valueName: 'pglite:dir|postgres://…',
        description: 'ask a PostgreSQL store instead of a graph file (then no file argument)',
      },
    },
  },
  async run({ positionals, options }, ctx) {
    // a store is named without its password in every message
    const words = options.db === undefined ? positionals : [redact(options.db), ...positionals];
    if (words.length < 3)
      throw new UsageError('"kg query" needs a graph file (or --db), a question and a name');
    const [file, sub, ...names] = words as [string, string, ...string[]];
    if (!(SUBCOMMANDS as readonly string[]).includes(sub)) {
      throw new UsageError(`unknown query "${sub}" (expected ${SUBCOMMANDS.join(', ')})`);
    }
    const question = sub as Subcommand;
    const relation = options.relation === undefined ? undefined : parseRelation(options.relation);
    const pair = question === 'between' || question === 'path';
    if (pair && names.length !== 2) {
      throw new UsageError(`"kg query ${question}" needs exactly two names (quote names of several words)`);
    }
    const { graph, find } =
      options.db === undefined
        ? await fileSource(file)
        : await storeSource(options.db, question, pair ? names : [names.join(' ')], options.depth, ctx.env);
    const print = (text: string) => writeLine(ctx.stdout, text);

    if (question === 'neighbors' || question === 'entity') {
      const match = find(names.join(' '));
      if (question === 'entity') {
        await print(
          options.json ? JSON.stringify(entityJson(graph, match), null, 2) : formatEntity(graph, match),
        );
        return 0;
      }
      const rows = neighbors(graph, match.key, {
        relation,
        direction: options.direction as 'out',
        depth: options.depth,
      });
      await print(
        options.json
          ? JSON.stringify(neighborJson(graph, match, rows), null, 2)
          : formatNeighbors(graph, match, rows),
      );
      return 0;
    }

    const a = find(names[0]!);
    const b = find(names[1]!);
    if (question === 'between') {
      const edges = relationsBetween(graph, a.key, b.key).filter(
        (e) => !relation || e.attributes.relation === relation,
      );
      const json = { a: brief(a), b: brief(b), relations: edges };
      await print(options.json ? JSON.stringify(json, null, 2) : formatBetween(graph, a, b, edges));
      return 0;
    }
    const path = shortestPath(graph, a.key, b.key);
    if (path === null) {
      throw new NotFoundError(`${file}: no path between "${a.attributes.label}" and "${b.attributes.label}"`);
    }
    await print(options.json ? JSON.stringify(pathJson(graph, path), null, 2) : formatPath(graph, path));
    return 0;
  },
});

/** A graph file and findEntity over it. */
async function fileSource(file: string): Promise<QuerySource> {
  const graph = await readGraphFile(file);
  return { graph, find: (name) => lookup(() => findEntity(graph, name), name, file) };
}

/** The subgraph of a store the question needs, and its names resolved in the store. */
async function storeSource(
  db: string,
  question: Subcommand,
  names: string[],
  depth: number,
  env: CliContext['env'],
): Promise<QuerySource> {
  const { graph, matches } = await withStore(db, { write: false, env }, async (engine) => {
    try {
      return await questionGraph(engine, question, names, depth);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      const name = names.find((n) => error.message.includes(`"${n.trim()}"`)) ?? names.join(' ');
      throw unknownName(error, name, redact(db));
    }
  });
  return {
    graph,
    find: (name) => lookup(() => matches[names.indexOf(name)] ?? matches[0]!, name, redact(db)),
  };
}

function brief(m: EntityMatch) {
  return { key: m.key, label: m.attributes.label, kind: m.attributes.kind };
}

/** Where a query's answers come from: a graph, and names resolved to its entities. */
interface QuerySource {
  graph: KnowledgeGraph;
  find: (name: string) => EntityMatch;
}

/** A name's match, with the CLI's wording for an unknown name. */
function lookup(resolve: () => EntityMatch, name: string, file: string): EntityMatch {
  try {
    const match = resolve();
    // a close spelling is an answer, but the user should know it is not what they typed
    if (match.matchedBy === 'fuzzy') {
      process.stderr.write(
        `kg: no entity named "${name}"; showing the closest, "${match.attributes.label}"\n`,
      );
    }
    return match;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    throw unknownName(error, name, file);
  }
}

/** The CLI's wording for a name that matches no entity of `file`. */
function unknownName(error: NotFoundError, name: string, file: string): NotFoundError {
  const hint = error.suggestions.length > 0 ? `; did you mean: ${error.suggestions.join(', ')}?` : '';
  return new NotFoundError(`no entity named "${name}" in ${file}${hint}`, error.suggestions, {
    cause: error,
  });
}

/** A relation id from what a person types ("met with", "Met-With", "met_with"). */
export function parseRelation(raw: string): RelationType {
  const id = raw
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (isRelationType(id)) return id;
  throw new UsageError(`unknown relation "${raw}" (expected one of ${RELATION_TYPES.join(', ')})`);
}
