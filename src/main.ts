export { default } from './obsidian/plugin';
