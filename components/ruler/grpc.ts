/**
 * Rulers asking each other for the state of their rule groups (Mimir's Ruler.Rules gRPC call),
 * so that /api/v1/rules and /api/v1/alerts on any ruler show every group of the tenant. The
 * method is `/mimirts.Ruler/GroupStates`: the tenant in the `x-scope-orgid` metadata, an empty
 * request, and the groups as JSON (GroupStateData[]) in the response — a mimir-ts format, not
 * Mimir's RulesResponse protobuf.
 */
import * as grpc from "@grpc/grpc-js";
import {
  methodDefinition,
  rawBytes,
  tenantMetadata,
  tenantOfCall,
  toServiceError,
} from "../grpcclient/service.ts";
import type { GroupStateData } from "./state.ts";

const GROUP_STATES = methodDefinition("mimirts.Ruler", "GroupStates", rawBytes, rawBytes);

export const rulerServiceDefinition: grpc.ServiceDefinition = { GroupStates: GROUP_STATES };

/** Serves this ruler's group states on the gRPC server. */
export function addRulerService(
  server: grpc.Server,
  states: (tenant: string) => GroupStateData[],
): void {
  server.addService(rulerServiceDefinition, {
    GroupStates: (call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => {
      try {
        cb(null, Buffer.from(JSON.stringify(states(tenantOfCall(call)))));
      } catch (e) {
        cb(toServiceError(e));
      }
    },
  });
}

/** Clients of the other rulers, by gRPC address. */
export class RulerClients {
  private readonly clients = new Map<string, grpc.Client>();
  private readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    this.timeoutMs = timeoutMs;
  }

  /** The group states of `tenant` on the ruler at `addr`. */
  groupStates(addr: string, tenant: string): Promise<GroupStateData[]> {
    let c = this.clients.get(addr);
    if (!c) {
      c = new grpc.Client(addr, grpc.credentials.createInsecure());
      this.clients.set(addr, c);
    }
    const client = c;
    return new Promise((resolve, reject) => {
      client.makeUnaryRequest(
        GROUP_STATES.path,
        GROUP_STATES.requestSerialize,
        GROUP_STATES.responseDeserialize,
        Buffer.alloc(0),
        tenantMetadata(tenant),
        { deadline: Date.now() + this.timeoutMs },
        (err, res) => {
          if (err) reject(new Error(`ruler ${addr}: ${err.details || err.message}`));
          else resolve(JSON.parse((res as Buffer).toString("utf8")) as GroupStateData[]);
        },
      );
    });
  }

  close(): void {
    for (const c of this.clients.values()) c.close();
    this.clients.clear();
  }
}
