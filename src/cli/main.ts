/** The `zhnews` command: subcommands are registered from one file each. */
import { Command } from 'commander';
import { ZhnewsError } from '../errors.js';
import { registerAnalyzeCommand } from './analyze-command.js';
import { registerCorpusCommand } from './corpus-command.js';

const program = new Command('zhnews')
  .description('Read Chinese news articles: text with exact offsets, tokens, figures, places, entities, story summary')
  .showHelpAfterError();
registerAnalyzeCommand(program);
registerCorpusCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ZhnewsError) {
    process.stderr.write(`zhnews: ${error.message}\n`);
    process.exitCode = 1;
  } else throw error;
}
