// The local GitHub REST API double; see README.md in this folder.
export { startGitHubDouble, type GitHubDouble, type RequestLog } from './server.js';
export { GitHubState } from './state.js';
export { loadSpec } from './openapi.js';
