/**
 * The shape of a local run folder's name, `20261126-120102-ab12` (UTC time first, so names
 * sort by time): the runner makes them, and steps that look back at earlier runs (promotion
 * across the stages' runs) recognise them.
 */
export const RUN_ID = /^\d{8}-\d{6}-[0-9a-f]+$/;
