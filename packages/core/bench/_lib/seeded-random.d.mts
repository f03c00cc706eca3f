/** A function returning pseudo-random numbers in [0, 1), the same sequence for the same seed (mulberry32). */
export declare function seededRandom(seed: number): () => number;
