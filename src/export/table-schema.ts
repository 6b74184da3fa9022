/**
 * Frictionless Table Schema (https://specs.frictionlessdata.io/table-schema/)
 * as the export writes it: every table's fields, types, primary key and
 * foreign keys, declared once beside the rows.
 */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface FieldDescriptor {
  name: string;
  type: FieldType;
  description: string;
  /** a code, a refusal code: digits kept as text (`"002"`), never a number */
  constraints?: { required?: boolean; pattern?: string; enum?: string[] };
}

export interface TableSchema {
  fields: FieldDescriptor[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  missingValues: string[];
}

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Table {
  /** resource name and file stem (`prestations` → prestations.csv / prestations.jsonl) */
  name: string;
  title: string;
  description: string;
  schema: TableSchema;
  rows: Row[];
}

const f = (name: string, type: FieldType, description: string, constraints?: FieldDescriptor['constraints']): FieldDescriptor => ({
  name,
  type,
  description,
  ...(constraints ? { constraints } : {}),
});

/** A 6-digit nomenclature code, as text. */
export const codeField = (name: string, description: string, required = true) => f(name, 'string', description, { ...(required ? { required: true } : {}), pattern: '[0-9]{6}' });
export const text = (name: string, description: string, required = false) => f(name, 'string', description, required ? { required: true } : undefined);
export const integer = (name: string, description: string) => f(name, 'integer', description, { required: true });
export const number = (name: string, description: string) => f(name, 'number', description);
export const date = (name: string, description: string) => f(name, 'date', description);
export const bool = (name: string, description: string) => f(name, 'boolean', description, { required: true });
export const oneOf = (name: string, description: string, values: string[]) => f(name, 'string', description, { required: true, enum: values });
