import type { Command } from '../commands/types.js';
import { command as parse } from '../commands/parse.js';
import { command as build } from '../commands/build.js';
import { command as check } from '../commands/check.js';
import { command as diff } from '../commands/diff.js';
import { command as history } from '../commands/history.js';
import { command as at } from '../commands/at.js';
import { command as exportCommand } from '../commands/export.js';

/**
 * Every `nomen` command, in the order `nomen --help` lists them. Adding a
 * command: import its module and add it here (one line each).
 */
export const commands: readonly Command[] = [parse, build, check, diff, history, at, exportCommand];
