/**
 * The store-gateway over gRPC (Mimir's gatewaypb.StoreGateway): a server side that answers
 * Series / LabelNames / LabelValues from a local StoreGateway, and a client that implements
 * StoreGatewayClient so the querier's BlocksStoreQueryable uses a remote store-gateway exactly
 * like the in-process one. The tenant travels in the `x-scope-orgid` metadata, the blocks to
 * query as the matcher `__block_id__=~"<id>|<id>..."` in the request hints (as Mimir's querier
 * sends them). Series are streamed: label batches first (the last one flagged end-of-stream),
 * then chunk batches in the same order, then the queried blocks.
 */
import * as grpc from "@grpc/grpc-js";
import { labelsFromPb, matchersFromPb, matchersToPb, toNumber } from "../proto/convert.ts";
import { thanos } from "../proto/generated/protos.js";
import {
  type MessageCodec,
  methodDefinition,
  tenantMetadata,
  tenantOfCall,
  toServiceError,
} from "../grpcclient/service.ts";
import { newMatcher } from "../model/matcher.ts";
import type {
  LabelsRequest,
  SeriesRequest,
  SeriesResponse,
  StoreGatewayClient,
  StoreSeries,
} from "./storegateway.ts";

export const BLOCK_ID_LABEL = "__block_id__";
/** Series per streamed message. */
const BATCH = 256;

const method = <Req, Res>(
  name: string,
  req: MessageCodec<Req>,
  res: MessageCodec<Res>,
  responseStream: boolean,
) => methodDefinition("gatewaypb.StoreGateway", name, req, res, responseStream);

export const storeGatewayServiceDefinition = {
  Series: method<thanos.SeriesRequest, thanos.SeriesResponse>(
    "Series",
    thanos.SeriesRequest,
    thanos.SeriesResponse,
    true,
  ),
  LabelNames: method<thanos.LabelNamesRequest, thanos.LabelNamesResponse>(
    "LabelNames",
    thanos.LabelNamesRequest,
    thanos.LabelNamesResponse,
    false,
  ),
  LabelValues: method<thanos.LabelValuesRequest, thanos.LabelValuesResponse>(
    "LabelValues",
    thanos.LabelValuesRequest,
    thanos.LabelValuesResponse,
    false,
  ),
} satisfies grpc.ServiceDefinition;

function blockMatchers(ids: readonly string[]) {
  return { blockMatchers: matchersToPb([newMatcher("=~", BLOCK_ID_LABEL, ids.join("|"))]) };
}

/** The block IDs named by `__block_id__` hints; undefined when the request names none. */
function blockIDsFromHints(
  hints: { blockMatchers?: thanos.LabelMatcher.$Properties[] | null } | null | undefined,
): string[] | undefined {
  for (const m of hints?.blockMatchers ?? []) {
    if (m.name === BLOCK_ID_LABEL && (m.type ?? 0) === thanos.LabelMatcher.Type.RE)
      return (m.value ?? "").split("|").filter((s) => s !== "");
    if (m.name === BLOCK_ID_LABEL && (m.type ?? 0) === thanos.LabelMatcher.Type.EQ)
      return [m.value ?? ""];
  }
  return undefined;
}

/** Registers the StoreGateway service answering from `local`. */
export function addStoreGatewayService(server: grpc.Server, local: StoreGatewayClient): void {
  server.addService(storeGatewayServiceDefinition, {
    Series: (call: grpc.ServerWritableStream<thanos.SeriesRequest, thanos.SeriesResponse>) => {
      void (async () => {
        const req = call.request;
        const res = await local.series({
          tenant: tenantOfCall(call),
          blockIDs: blockIDsFromHints(req.requestHints) ?? [],
          mint: toNumber(req.minTime),
          maxt: toNumber(req.maxTime),
          matchers: matchersFromPb(req.matchers),
          skipChunks: req.skipChunks,
        });
        const series = res.series;
        for (let i = 0; i < series.length || i === 0; i += BATCH) {
          const part = series.slice(i, i + BATCH);
          call.write(
            thanos.SeriesResponse.create({
              streamingSeries: {
                series: part.map((s) => ({
                  labels: s.labels as { name: string; value: string }[],
                })),
                isEndOfSeriesStream: i + BATCH >= series.length,
              },
            }),
          );
        }
        if (!req.skipChunks) {
          for (let i = 0; i < series.length; i += BATCH) {
            const chunks = [];
            for (let j = i; j < Math.min(series.length, i + BATCH); j++) {
              chunks.push({
                seriesIndex: j,
                chunks: series[j].chunks.map((c) => ({
                  minTime: c.mint,
                  maxTime: c.maxt,
                  raw: { type: c.encoding - 1, data: c.data },
                })),
              });
            }
            call.write(thanos.SeriesResponse.create({ streamingChunks: { series: chunks } }));
          }
        }
        call.write(
          thanos.SeriesResponse.create({
            responseHints: { queriedBlocks: res.queriedBlocks.map((id) => ({ id })) },
          }),
        );
        call.end();
      })().catch((err) => call.emit("error", toServiceError(err)));
    },
    LabelNames: (
      call: grpc.ServerUnaryCall<thanos.LabelNamesRequest, thanos.LabelNamesResponse>,
      cb: grpc.sendUnaryData<thanos.LabelNamesResponse>,
    ) => {
      const req = call.request;
      Promise.resolve()
        .then(() =>
          local.labelNames({
            tenant: tenantOfCall(call),
            blockIDs: blockIDsFromHints(req.requestHints) ?? [],
            mint: toNumber(req.start),
            maxt: toNumber(req.end),
            matchers: matchersFromPb(req.matchers),
          }),
        )
        .then(
          (r) =>
            cb(
              null,
              thanos.LabelNamesResponse.create({
                names: r.names,
                responseHints: { queriedBlocks: r.queriedBlocks.map((id) => ({ id })) },
              }),
            ),
          (err) => cb(toServiceError(err)),
        );
    },
    LabelValues: (
      call: grpc.ServerUnaryCall<thanos.LabelValuesRequest, thanos.LabelValuesResponse>,
      cb: grpc.sendUnaryData<thanos.LabelValuesResponse>,
    ) => {
      const req = call.request;
      Promise.resolve()
        .then(() =>
          local.labelValues({
            tenant: tenantOfCall(call),
            name: req.label,
            blockIDs: blockIDsFromHints(req.requestHints) ?? [],
            mint: toNumber(req.start),
            maxt: toNumber(req.end),
            matchers: matchersFromPb(req.matchers),
          }),
        )
        .then(
          (r) =>
            cb(
              null,
              thanos.LabelValuesResponse.create({
                values: r.values,
                responseHints: { queriedBlocks: r.queriedBlocks.map((id) => ({ id })) },
              }),
            ),
          (err) => cb(toServiceError(err)),
        );
    },
  });
}

const StoreGatewayGrpcClient = grpc.makeGenericClientConstructor(
  storeGatewayServiceDefinition,
  "StoreGateway",
);

export interface RemoteStoreGatewayOptions {
  /** Per-call timeout, ms (0 = none). */
  timeout: number;
}

/** A StoreGatewayClient that calls a remote store-gateway over `channel`. */
export class RemoteStoreGateway implements StoreGatewayClient {
  private readonly client: grpc.Client;
  private readonly opts: RemoteStoreGatewayOptions;

  constructor(address: string, channel: grpc.Channel, opts: RemoteStoreGatewayOptions) {
    this.client = new StoreGatewayGrpcClient(address, grpc.credentials.createInsecure(), {
      channelOverride: channel,
    });
    this.opts = opts;
  }

  private callOpts(): grpc.CallOptions {
    return this.opts.timeout > 0 ? { deadline: Date.now() + this.opts.timeout } : {};
  }

  series(req: SeriesRequest): Promise<SeriesResponse> {
    const def = storeGatewayServiceDefinition.Series;
    const msg = thanos.SeriesRequest.create({
      minTime: req.mint,
      maxTime: req.maxt,
      matchers: matchersToPb(req.matchers),
      skipChunks: req.skipChunks ?? false,
      requestHints: blockMatchers(req.blockIDs),
      streamingChunksBatchSize: BATCH,
    });
    const stream = this.client.makeServerStreamRequest(
      def.path,
      def.requestSerialize,
      def.responseDeserialize,
      msg,
      tenantMetadata(req.tenant),
      this.callOpts(),
    );
    return new Promise((resolve, reject) => {
      const series: StoreSeries[] = [];
      const queried: string[] = [];
      stream.on("data", (r: thanos.SeriesResponse) => {
        if (r.streamingSeries)
          for (const s of r.streamingSeries.series ?? [])
            series.push({ labels: labelsFromPb(s.labels), chunks: [] });
        if (r.streamingChunks) {
          for (const sc of r.streamingChunks.series ?? []) {
            const target = series[toNumber(sc.seriesIndex)];
            if (!target) {
              stream.cancel();
              reject(
                new Error(`store-gateway sent chunks for unknown series index ${sc.seriesIndex}`),
              );
              return;
            }
            for (const c of sc.chunks ?? [])
              target.chunks.push({
                mint: toNumber(c.minTime),
                maxt: toNumber(c.maxTime),
                encoding: (c.raw?.type ?? 0) + 1,
                data: c.raw?.data ?? new Uint8Array(0),
              });
          }
        }
        if (r.responseHints)
          for (const b of r.responseHints.queriedBlocks ?? []) queried.push(b.id ?? "");
      });
      stream.on("error", reject);
      stream.on("end", () => resolve({ series, queriedBlocks: queried }));
    });
  }

  private unary<Req, Res>(
    def: grpc.MethodDefinition<Req, Res>,
    msg: Req,
    tenant: string,
  ): Promise<Res> {
    return new Promise((resolve, reject) => {
      this.client.makeUnaryRequest(
        def.path,
        def.requestSerialize,
        def.responseDeserialize,
        msg,
        tenantMetadata(tenant),
        this.callOpts(),
        (err: grpc.ServiceError | null, res?: Res) => (err ? reject(err) : resolve(res as Res)),
      );
    });
  }

  async labelNames(req: LabelsRequest): Promise<{ names: string[]; queriedBlocks: string[] }> {
    const msg = thanos.LabelNamesRequest.create({
      start: req.mint,
      end: req.maxt,
      matchers: matchersToPb(req.matchers),
      requestHints: blockMatchers(req.blockIDs),
    });
    const r = await this.unary(storeGatewayServiceDefinition.LabelNames, msg, req.tenant);
    return {
      names: r.names ?? [],
      queriedBlocks: (r.responseHints?.queriedBlocks ?? []).map((b) => b.id ?? ""),
    };
  }

  async labelValues(
    req: LabelsRequest & { name: string },
  ): Promise<{ values: string[]; queriedBlocks: string[] }> {
    const msg = thanos.LabelValuesRequest.create({
      label: req.name,
      start: req.mint,
      end: req.maxt,
      matchers: matchersToPb(req.matchers),
      requestHints: blockMatchers(req.blockIDs),
    });
    const r = await this.unary(storeGatewayServiceDefinition.LabelValues, msg, req.tenant);
    return {
      values: r.values ?? [],
      queriedBlocks: (r.responseHints?.queriedBlocks ?? []).map((b) => b.id ?? ""),
    };
  }
}
