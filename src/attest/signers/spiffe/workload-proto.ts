import { fromJSON, type PackageDefinition } from '@grpc/proto-loader';
import protobuf from 'protobufjs';

/**
 * The part of the SPIFFE Workload API (X.509-SVID profile) that Tollgate uses, written from
 * the service definition in the SPIFFE Workload API standard. The service has no protobuf
 * package, so its gRPC path is `/SpiffeWorkloadAPI/FetchX509SVID`. The text is kept in the
 * module rather than in a .proto file so that a bundled action needs no file next to it.
 */
export const WORKLOAD_API_PROTO = `
syntax = "proto3";

service SpiffeWorkloadAPI {
  rpc FetchX509SVID(X509SVIDRequest) returns (stream X509SVIDResponse);
}

message X509SVIDRequest {}

message X509SVIDResponse {
  repeated X509SVID svids = 1;
  repeated bytes crl = 2;
  map<string, bytes> federated_bundles = 3;
}

message X509SVID {
  string spiffe_id = 1;
  bytes x509_svid = 2;
  bytes x509_svid_key = 3;
  bytes bundle = 4;
  string hint = 5;
}
`;

/** The metadata every Workload API call must carry; endpoints refuse calls without it. */
export const SECURITY_HEADER = 'workload.spiffe.io';

export interface X509SvidMessage {
  spiffe_id: string;
  x509_svid: Buffer;
  x509_svid_key: Buffer;
  bundle: Buffer;
  hint: string;
}

export interface X509SvidResponse {
  svids: X509SvidMessage[];
  crl: Buffer[];
  federated_bundles: Record<string, Buffer>;
}

let definition: PackageDefinition | undefined;

/** Parses the proto text once per process, with snake_case field names and Buffer bytes. */
export function workloadApiDefinition(): PackageDefinition {
  definition ??= fromJSON(protobuf.parse(WORKLOAD_API_PROTO, { keepCase: true }).root.toJSON(), {
    keepCase: true,
    defaults: true,
    arrays: true,
    objects: true,
  });
  return definition;
}
