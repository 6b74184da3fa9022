/**
 * A count of the elementary steps of the scans that used to be quadratic
 * (characters walked back to find a sentence or a line lead, quotes tried).
 * Tests double an input and check this does not quadruple: operations, not
 * time, so the check holds on any machine. Costs one increment per step.
 */
export const work = { steps: 0 };
