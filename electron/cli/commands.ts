// Every `coalition-map` subcommand, in the order `help` lists them. Add a command by adding a row.
import { analyzeCommand } from './analyze';
import { exportCommand } from './export';
import { importCommand } from './import';
import { mergeCommand } from './merge';
import { syncCommand } from './sync';
import type { CliCommand } from './types';
import { validateCommand } from './validate';

export const COMMANDS: readonly CliCommand[] = [validateCommand, analyzeCommand, importCommand, mergeCommand, exportCommand, syncCommand];
