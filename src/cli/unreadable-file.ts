/** A file that cannot be read, with a one-line reason an accountant understands. */
export class UnreadableFile extends Error {}
