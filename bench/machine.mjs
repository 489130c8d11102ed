// The machine line of the results table.
import os from 'node:os';

export const nproc = () => os.availableParallelism();
export const cpus = () => os.cpus()[0]?.model.trim() ?? 'unknown CPU';
