import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace mimirts. */
export namespace mimirts {

    /** Namespace frontend. */
    namespace frontend {

        /**
         * Properties of a HttpHeader.
         * @deprecated Use mimirts.frontend.HttpHeader.$Properties instead.
         */
        interface IHttpHeader extends mimirts.frontend.HttpHeader.$Properties {
        }

        /** Represents a HttpHeader. */
        class HttpHeader {

            /**
             * Constructs a new HttpHeader.
             * @param [properties] Properties to set
             */
            constructor(properties?: mimirts.frontend.HttpHeader.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpHeader name. */
            name: string;

            /** HttpHeader values. */
            values: string[];

            /**
             * Creates a new HttpHeader instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpHeader instance
             */
            static create(properties: mimirts.frontend.HttpHeader.$Shape): mimirts.frontend.HttpHeader & mimirts.frontend.HttpHeader.$Shape;
            static create(properties?: mimirts.frontend.HttpHeader.$Properties): mimirts.frontend.HttpHeader;

            /**
             * Encodes the specified HttpHeader message. Does not implicitly {@link mimirts.frontend.HttpHeader.verify|verify} messages.
             * @param message HttpHeader message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mimirts.frontend.HttpHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpHeader message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mimirts.frontend.HttpHeader & mimirts.frontend.HttpHeader.$Shape} HttpHeader
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mimirts.frontend.HttpHeader & mimirts.frontend.HttpHeader.$Shape;

            /**
             * Creates a HttpHeader message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpHeader
             */
            static fromObject(object: { [k: string]: any }): mimirts.frontend.HttpHeader;

            /**
             * Creates a plain object from a HttpHeader message. Also converts values to other types if specified.
             * @param message HttpHeader
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mimirts.frontend.HttpHeader, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpHeader to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpHeader
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpHeader {

            /** Properties of a HttpHeader. */
            interface $Properties {

                /** HttpHeader name */
                name?: (string|null);

                /** HttpHeader values */
                values?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpHeader. */
            type $Shape = mimirts.frontend.HttpHeader.$Properties;
        }

        /**
         * Properties of a HttpRequest.
         * @deprecated Use mimirts.frontend.HttpRequest.$Properties instead.
         */
        interface IHttpRequest extends mimirts.frontend.HttpRequest.$Properties {
        }

        /** Represents a HttpRequest. */
        class HttpRequest {

            /**
             * Constructs a new HttpRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: mimirts.frontend.HttpRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpRequest method. */
            method: string;

            /** HttpRequest url. */
            url: string;

            /** HttpRequest headers. */
            headers: mimirts.frontend.HttpHeader.$Properties[];

            /** HttpRequest body. */
            body: Uint8Array;

            /**
             * Creates a new HttpRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpRequest instance
             */
            static create(properties: mimirts.frontend.HttpRequest.$Shape): mimirts.frontend.HttpRequest & mimirts.frontend.HttpRequest.$Shape;
            static create(properties?: mimirts.frontend.HttpRequest.$Properties): mimirts.frontend.HttpRequest;

            /**
             * Encodes the specified HttpRequest message. Does not implicitly {@link mimirts.frontend.HttpRequest.verify|verify} messages.
             * @param message HttpRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mimirts.frontend.HttpRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mimirts.frontend.HttpRequest & mimirts.frontend.HttpRequest.$Shape} HttpRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mimirts.frontend.HttpRequest & mimirts.frontend.HttpRequest.$Shape;

            /**
             * Creates a HttpRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpRequest
             */
            static fromObject(object: { [k: string]: any }): mimirts.frontend.HttpRequest;

            /**
             * Creates a plain object from a HttpRequest message. Also converts values to other types if specified.
             * @param message HttpRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mimirts.frontend.HttpRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpRequest {

            /** Properties of a HttpRequest. */
            interface $Properties {

                /** HttpRequest method */
                method?: (string|null);

                /** HttpRequest url */
                url?: (string|null);

                /** HttpRequest headers */
                headers?: (mimirts.frontend.HttpHeader.$Properties[]|null);

                /** HttpRequest body */
                body?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpRequest. */
            type $Shape = mimirts.frontend.HttpRequest.$Properties;
        }

        /**
         * Properties of a HttpResponse.
         * @deprecated Use mimirts.frontend.HttpResponse.$Properties instead.
         */
        interface IHttpResponse extends mimirts.frontend.HttpResponse.$Properties {
        }

        /** Represents a HttpResponse. */
        class HttpResponse {

            /**
             * Constructs a new HttpResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: mimirts.frontend.HttpResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HttpResponse code. */
            code: number;

            /** HttpResponse headers. */
            headers: mimirts.frontend.HttpHeader.$Properties[];

            /** HttpResponse body. */
            body: Uint8Array;

            /**
             * Creates a new HttpResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HttpResponse instance
             */
            static create(properties: mimirts.frontend.HttpResponse.$Shape): mimirts.frontend.HttpResponse & mimirts.frontend.HttpResponse.$Shape;
            static create(properties?: mimirts.frontend.HttpResponse.$Properties): mimirts.frontend.HttpResponse;

            /**
             * Encodes the specified HttpResponse message. Does not implicitly {@link mimirts.frontend.HttpResponse.verify|verify} messages.
             * @param message HttpResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mimirts.frontend.HttpResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HttpResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mimirts.frontend.HttpResponse & mimirts.frontend.HttpResponse.$Shape} HttpResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mimirts.frontend.HttpResponse & mimirts.frontend.HttpResponse.$Shape;

            /**
             * Creates a HttpResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HttpResponse
             */
            static fromObject(object: { [k: string]: any }): mimirts.frontend.HttpResponse;

            /**
             * Creates a plain object from a HttpResponse message. Also converts values to other types if specified.
             * @param message HttpResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mimirts.frontend.HttpResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HttpResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HttpResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpResponse {

            /** Properties of a HttpResponse. */
            interface $Properties {

                /** HttpResponse code */
                code?: (number|null);

                /** HttpResponse headers */
                headers?: (mimirts.frontend.HttpHeader.$Properties[]|null);

                /** HttpResponse body */
                body?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HttpResponse. */
            type $Shape = mimirts.frontend.HttpResponse.$Properties;
        }

        /**
         * Properties of a QuerierToFrontend.
         * @deprecated Use mimirts.frontend.QuerierToFrontend.$Properties instead.
         */
        interface IQuerierToFrontend extends mimirts.frontend.QuerierToFrontend.$Properties {
        }

        /** Represents a QuerierToFrontend. */
        class QuerierToFrontend {

            /**
             * Constructs a new QuerierToFrontend.
             * @param [properties] Properties to set
             */
            constructor(properties?: mimirts.frontend.QuerierToFrontend.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QuerierToFrontend querierId. */
            querierId: string;

            /** QuerierToFrontend queryId. */
            queryId: (number|Long);

            /** QuerierToFrontend response. */
            response?: (mimirts.frontend.HttpResponse.$Properties|null);

            /**
             * Creates a new QuerierToFrontend instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QuerierToFrontend instance
             */
            static create(properties: mimirts.frontend.QuerierToFrontend.$Shape): mimirts.frontend.QuerierToFrontend & mimirts.frontend.QuerierToFrontend.$Shape;
            static create(properties?: mimirts.frontend.QuerierToFrontend.$Properties): mimirts.frontend.QuerierToFrontend;

            /**
             * Encodes the specified QuerierToFrontend message. Does not implicitly {@link mimirts.frontend.QuerierToFrontend.verify|verify} messages.
             * @param message QuerierToFrontend message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mimirts.frontend.QuerierToFrontend.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QuerierToFrontend message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mimirts.frontend.QuerierToFrontend & mimirts.frontend.QuerierToFrontend.$Shape} QuerierToFrontend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mimirts.frontend.QuerierToFrontend & mimirts.frontend.QuerierToFrontend.$Shape;

            /**
             * Creates a QuerierToFrontend message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QuerierToFrontend
             */
            static fromObject(object: { [k: string]: any }): mimirts.frontend.QuerierToFrontend;

            /**
             * Creates a plain object from a QuerierToFrontend message. Also converts values to other types if specified.
             * @param message QuerierToFrontend
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mimirts.frontend.QuerierToFrontend, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QuerierToFrontend to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QuerierToFrontend
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QuerierToFrontend {

            /** Properties of a QuerierToFrontend. */
            interface $Properties {

                /** QuerierToFrontend querierId */
                querierId?: (string|null);

                /** QuerierToFrontend queryId */
                queryId?: (number|Long|null);

                /** QuerierToFrontend response */
                response?: (mimirts.frontend.HttpResponse.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QuerierToFrontend. */
            type $Shape = mimirts.frontend.QuerierToFrontend.$Properties;
        }

        /**
         * Properties of a FrontendToQuerier.
         * @deprecated Use mimirts.frontend.FrontendToQuerier.$Properties instead.
         */
        interface IFrontendToQuerier extends mimirts.frontend.FrontendToQuerier.$Properties {
        }

        /** Represents a FrontendToQuerier. */
        class FrontendToQuerier {

            /**
             * Constructs a new FrontendToQuerier.
             * @param [properties] Properties to set
             */
            constructor(properties?: mimirts.frontend.FrontendToQuerier.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FrontendToQuerier queryId. */
            queryId: (number|Long);

            /** FrontendToQuerier tenant. */
            tenant: string;

            /** FrontendToQuerier request. */
            request?: (mimirts.frontend.HttpRequest.$Properties|null);

            /** FrontendToQuerier enqueuedAtMs. */
            enqueuedAtMs: (number|Long);

            /**
             * Creates a new FrontendToQuerier instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FrontendToQuerier instance
             */
            static create(properties: mimirts.frontend.FrontendToQuerier.$Shape): mimirts.frontend.FrontendToQuerier & mimirts.frontend.FrontendToQuerier.$Shape;
            static create(properties?: mimirts.frontend.FrontendToQuerier.$Properties): mimirts.frontend.FrontendToQuerier;

            /**
             * Encodes the specified FrontendToQuerier message. Does not implicitly {@link mimirts.frontend.FrontendToQuerier.verify|verify} messages.
             * @param message FrontendToQuerier message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mimirts.frontend.FrontendToQuerier.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FrontendToQuerier message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mimirts.frontend.FrontendToQuerier & mimirts.frontend.FrontendToQuerier.$Shape} FrontendToQuerier
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mimirts.frontend.FrontendToQuerier & mimirts.frontend.FrontendToQuerier.$Shape;

            /**
             * Creates a FrontendToQuerier message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FrontendToQuerier
             */
            static fromObject(object: { [k: string]: any }): mimirts.frontend.FrontendToQuerier;

            /**
             * Creates a plain object from a FrontendToQuerier message. Also converts values to other types if specified.
             * @param message FrontendToQuerier
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mimirts.frontend.FrontendToQuerier, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FrontendToQuerier to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FrontendToQuerier
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FrontendToQuerier {

            /** Properties of a FrontendToQuerier. */
            interface $Properties {

                /** FrontendToQuerier queryId */
                queryId?: (number|Long|null);

                /** FrontendToQuerier tenant */
                tenant?: (string|null);

                /** FrontendToQuerier request */
                request?: (mimirts.frontend.HttpRequest.$Properties|null);

                /** FrontendToQuerier enqueuedAtMs */
                enqueuedAtMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FrontendToQuerier. */
            type $Shape = mimirts.frontend.FrontendToQuerier.$Properties;
        }

        /**
         * Properties of a QueryResultRequest.
         * @deprecated Use mimirts.frontend.QueryResultRequest.$Properties instead.
         */
        interface IQueryResultRequest extends mimirts.frontend.QueryResultRequest.$Properties {
        }

        /** Represents a QueryResultRequest. */
        class QueryResultRequest {

            /**
             * Constructs a new QueryResultRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: mimirts.frontend.QueryResultRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QueryResultRequest queryId. */
            queryId: (number|Long);

            /** QueryResultRequest response. */
            response?: (mimirts.frontend.HttpResponse.$Properties|null);

            /**
             * Creates a new QueryResultRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueryResultRequest instance
             */
            static create(properties: mimirts.frontend.QueryResultRequest.$Shape): mimirts.frontend.QueryResultRequest & mimirts.frontend.QueryResultRequest.$Shape;
            static create(properties?: mimirts.frontend.QueryResultRequest.$Properties): mimirts.frontend.QueryResultRequest;

            /**
             * Encodes the specified QueryResultRequest message. Does not implicitly {@link mimirts.frontend.QueryResultRequest.verify|verify} messages.
             * @param message QueryResultRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mimirts.frontend.QueryResultRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueryResultRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mimirts.frontend.QueryResultRequest & mimirts.frontend.QueryResultRequest.$Shape} QueryResultRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mimirts.frontend.QueryResultRequest & mimirts.frontend.QueryResultRequest.$Shape;

            /**
             * Creates a QueryResultRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueryResultRequest
             */
            static fromObject(object: { [k: string]: any }): mimirts.frontend.QueryResultRequest;

            /**
             * Creates a plain object from a QueryResultRequest message. Also converts values to other types if specified.
             * @param message QueryResultRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mimirts.frontend.QueryResultRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueryResultRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueryResultRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueryResultRequest {

            /** Properties of a QueryResultRequest. */
            interface $Properties {

                /** QueryResultRequest queryId */
                queryId?: (number|Long|null);

                /** QueryResultRequest response */
                response?: (mimirts.frontend.HttpResponse.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueryResultRequest. */
            type $Shape = mimirts.frontend.QueryResultRequest.$Properties;
        }

        /**
         * Properties of a QueryResultResponse.
         * @deprecated Use mimirts.frontend.QueryResultResponse.$Properties instead.
         */
        interface IQueryResultResponse extends mimirts.frontend.QueryResultResponse.$Properties {
        }

        /** Represents a QueryResultResponse. */
        class QueryResultResponse {

            /**
             * Constructs a new QueryResultResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: mimirts.frontend.QueryResultResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new QueryResultResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QueryResultResponse instance
             */
            static create(properties: mimirts.frontend.QueryResultResponse.$Shape): mimirts.frontend.QueryResultResponse & mimirts.frontend.QueryResultResponse.$Shape;
            static create(properties?: mimirts.frontend.QueryResultResponse.$Properties): mimirts.frontend.QueryResultResponse;

            /**
             * Encodes the specified QueryResultResponse message. Does not implicitly {@link mimirts.frontend.QueryResultResponse.verify|verify} messages.
             * @param message QueryResultResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mimirts.frontend.QueryResultResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QueryResultResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mimirts.frontend.QueryResultResponse & mimirts.frontend.QueryResultResponse.$Shape} QueryResultResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mimirts.frontend.QueryResultResponse & mimirts.frontend.QueryResultResponse.$Shape;

            /**
             * Creates a QueryResultResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QueryResultResponse
             */
            static fromObject(object: { [k: string]: any }): mimirts.frontend.QueryResultResponse;

            /**
             * Creates a plain object from a QueryResultResponse message. Also converts values to other types if specified.
             * @param message QueryResultResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mimirts.frontend.QueryResultResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QueryResultResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QueryResultResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QueryResultResponse {

            /** Properties of a QueryResultResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QueryResultResponse. */
            type $Shape = mimirts.frontend.QueryResultResponse.$Properties;
        }
    }

    /** Namespace scheduler. */
    namespace scheduler {

        /**
         * Properties of a FrontendToScheduler.
         * @deprecated Use mimirts.scheduler.FrontendToScheduler.$Properties instead.
         */
        interface IFrontendToScheduler extends mimirts.scheduler.FrontendToScheduler.$Properties {
        }

        /** Represents a FrontendToScheduler. */
        class FrontendToScheduler {

            /**
             * Constructs a new FrontendToScheduler.
             * @param [properties] Properties to set
             */
            constructor(properties?: mimirts.scheduler.FrontendToScheduler.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FrontendToScheduler type. */
            type: number;

            /** FrontendToScheduler frontendAddress. */
            frontendAddress: string;

            /** FrontendToScheduler queryId. */
            queryId: (number|Long);

            /** FrontendToScheduler tenant. */
            tenant: string;

            /** FrontendToScheduler request. */
            request?: (mimirts.frontend.HttpRequest.$Properties|null);

            /** FrontendToScheduler maxQueriers. */
            maxQueriers: number;

            /**
             * Creates a new FrontendToScheduler instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FrontendToScheduler instance
             */
            static create(properties: mimirts.scheduler.FrontendToScheduler.$Shape): mimirts.scheduler.FrontendToScheduler & mimirts.scheduler.FrontendToScheduler.$Shape;
            static create(properties?: mimirts.scheduler.FrontendToScheduler.$Properties): mimirts.scheduler.FrontendToScheduler;

            /**
             * Encodes the specified FrontendToScheduler message. Does not implicitly {@link mimirts.scheduler.FrontendToScheduler.verify|verify} messages.
             * @param message FrontendToScheduler message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mimirts.scheduler.FrontendToScheduler.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FrontendToScheduler message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mimirts.scheduler.FrontendToScheduler & mimirts.scheduler.FrontendToScheduler.$Shape} FrontendToScheduler
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mimirts.scheduler.FrontendToScheduler & mimirts.scheduler.FrontendToScheduler.$Shape;

            /**
             * Creates a FrontendToScheduler message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FrontendToScheduler
             */
            static fromObject(object: { [k: string]: any }): mimirts.scheduler.FrontendToScheduler;

            /**
             * Creates a plain object from a FrontendToScheduler message. Also converts values to other types if specified.
             * @param message FrontendToScheduler
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mimirts.scheduler.FrontendToScheduler, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FrontendToScheduler to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FrontendToScheduler
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FrontendToScheduler {

            /** Properties of a FrontendToScheduler. */
            interface $Properties {

                /** FrontendToScheduler type */
                type?: (number|null);

                /** FrontendToScheduler frontendAddress */
                frontendAddress?: (string|null);

                /** FrontendToScheduler queryId */
                queryId?: (number|Long|null);

                /** FrontendToScheduler tenant */
                tenant?: (string|null);

                /** FrontendToScheduler request */
                request?: (mimirts.frontend.HttpRequest.$Properties|null);

                /** FrontendToScheduler maxQueriers */
                maxQueriers?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FrontendToScheduler. */
            type $Shape = mimirts.scheduler.FrontendToScheduler.$Properties;
        }

        /**
         * Properties of a SchedulerToFrontend.
         * @deprecated Use mimirts.scheduler.SchedulerToFrontend.$Properties instead.
         */
        interface ISchedulerToFrontend extends mimirts.scheduler.SchedulerToFrontend.$Properties {
        }

        /** Represents a SchedulerToFrontend. */
        class SchedulerToFrontend {

            /**
             * Constructs a new SchedulerToFrontend.
             * @param [properties] Properties to set
             */
            constructor(properties?: mimirts.scheduler.SchedulerToFrontend.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SchedulerToFrontend status. */
            status: number;

            /** SchedulerToFrontend error. */
            error: string;

            /**
             * Creates a new SchedulerToFrontend instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SchedulerToFrontend instance
             */
            static create(properties: mimirts.scheduler.SchedulerToFrontend.$Shape): mimirts.scheduler.SchedulerToFrontend & mimirts.scheduler.SchedulerToFrontend.$Shape;
            static create(properties?: mimirts.scheduler.SchedulerToFrontend.$Properties): mimirts.scheduler.SchedulerToFrontend;

            /**
             * Encodes the specified SchedulerToFrontend message. Does not implicitly {@link mimirts.scheduler.SchedulerToFrontend.verify|verify} messages.
             * @param message SchedulerToFrontend message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mimirts.scheduler.SchedulerToFrontend.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SchedulerToFrontend message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mimirts.scheduler.SchedulerToFrontend & mimirts.scheduler.SchedulerToFrontend.$Shape} SchedulerToFrontend
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mimirts.scheduler.SchedulerToFrontend & mimirts.scheduler.SchedulerToFrontend.$Shape;

            /**
             * Creates a SchedulerToFrontend message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SchedulerToFrontend
             */
            static fromObject(object: { [k: string]: any }): mimirts.scheduler.SchedulerToFrontend;

            /**
             * Creates a plain object from a SchedulerToFrontend message. Also converts values to other types if specified.
             * @param message SchedulerToFrontend
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mimirts.scheduler.SchedulerToFrontend, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SchedulerToFrontend to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SchedulerToFrontend
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SchedulerToFrontend {

            /** Properties of a SchedulerToFrontend. */
            interface $Properties {

                /** SchedulerToFrontend status */
                status?: (number|null);

                /** SchedulerToFrontend error */
                error?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SchedulerToFrontend. */
            type $Shape = mimirts.scheduler.SchedulerToFrontend.$Properties;
        }

        /**
         * Properties of a QuerierToScheduler.
         * @deprecated Use mimirts.scheduler.QuerierToScheduler.$Properties instead.
         */
        interface IQuerierToScheduler extends mimirts.scheduler.QuerierToScheduler.$Properties {
        }

        /** Represents a QuerierToScheduler. */
        class QuerierToScheduler {

            /**
             * Constructs a new QuerierToScheduler.
             * @param [properties] Properties to set
             */
            constructor(properties?: mimirts.scheduler.QuerierToScheduler.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QuerierToScheduler querierId. */
            querierId: string;

            /**
             * Creates a new QuerierToScheduler instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QuerierToScheduler instance
             */
            static create(properties: mimirts.scheduler.QuerierToScheduler.$Shape): mimirts.scheduler.QuerierToScheduler & mimirts.scheduler.QuerierToScheduler.$Shape;
            static create(properties?: mimirts.scheduler.QuerierToScheduler.$Properties): mimirts.scheduler.QuerierToScheduler;

            /**
             * Encodes the specified QuerierToScheduler message. Does not implicitly {@link mimirts.scheduler.QuerierToScheduler.verify|verify} messages.
             * @param message QuerierToScheduler message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mimirts.scheduler.QuerierToScheduler.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QuerierToScheduler message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mimirts.scheduler.QuerierToScheduler & mimirts.scheduler.QuerierToScheduler.$Shape} QuerierToScheduler
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mimirts.scheduler.QuerierToScheduler & mimirts.scheduler.QuerierToScheduler.$Shape;

            /**
             * Creates a QuerierToScheduler message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QuerierToScheduler
             */
            static fromObject(object: { [k: string]: any }): mimirts.scheduler.QuerierToScheduler;

            /**
             * Creates a plain object from a QuerierToScheduler message. Also converts values to other types if specified.
             * @param message QuerierToScheduler
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mimirts.scheduler.QuerierToScheduler, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QuerierToScheduler to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for QuerierToScheduler
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace QuerierToScheduler {

            /** Properties of a QuerierToScheduler. */
            interface $Properties {

                /** QuerierToScheduler querierId */
                querierId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QuerierToScheduler. */
            type $Shape = mimirts.scheduler.QuerierToScheduler.$Properties;
        }

        /**
         * Properties of a SchedulerToQuerier.
         * @deprecated Use mimirts.scheduler.SchedulerToQuerier.$Properties instead.
         */
        interface ISchedulerToQuerier extends mimirts.scheduler.SchedulerToQuerier.$Properties {
        }

        /** Represents a SchedulerToQuerier. */
        class SchedulerToQuerier {

            /**
             * Constructs a new SchedulerToQuerier.
             * @param [properties] Properties to set
             */
            constructor(properties?: mimirts.scheduler.SchedulerToQuerier.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SchedulerToQuerier queryId. */
            queryId: (number|Long);

            /** SchedulerToQuerier request. */
            request?: (mimirts.frontend.HttpRequest.$Properties|null);

            /** SchedulerToQuerier frontendAddress. */
            frontendAddress: string;

            /** SchedulerToQuerier tenant. */
            tenant: string;

            /** SchedulerToQuerier enqueuedAtMs. */
            enqueuedAtMs: (number|Long);

            /**
             * Creates a new SchedulerToQuerier instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SchedulerToQuerier instance
             */
            static create(properties: mimirts.scheduler.SchedulerToQuerier.$Shape): mimirts.scheduler.SchedulerToQuerier & mimirts.scheduler.SchedulerToQuerier.$Shape;
            static create(properties?: mimirts.scheduler.SchedulerToQuerier.$Properties): mimirts.scheduler.SchedulerToQuerier;

            /**
             * Encodes the specified SchedulerToQuerier message. Does not implicitly {@link mimirts.scheduler.SchedulerToQuerier.verify|verify} messages.
             * @param message SchedulerToQuerier message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mimirts.scheduler.SchedulerToQuerier.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SchedulerToQuerier message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mimirts.scheduler.SchedulerToQuerier & mimirts.scheduler.SchedulerToQuerier.$Shape} SchedulerToQuerier
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mimirts.scheduler.SchedulerToQuerier & mimirts.scheduler.SchedulerToQuerier.$Shape;

            /**
             * Creates a SchedulerToQuerier message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SchedulerToQuerier
             */
            static fromObject(object: { [k: string]: any }): mimirts.scheduler.SchedulerToQuerier;

            /**
             * Creates a plain object from a SchedulerToQuerier message. Also converts values to other types if specified.
             * @param message SchedulerToQuerier
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mimirts.scheduler.SchedulerToQuerier, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SchedulerToQuerier to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SchedulerToQuerier
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SchedulerToQuerier {

            /** Properties of a SchedulerToQuerier. */
            interface $Properties {

                /** SchedulerToQuerier queryId */
                queryId?: (number|Long|null);

                /** SchedulerToQuerier request */
                request?: (mimirts.frontend.HttpRequest.$Properties|null);

                /** SchedulerToQuerier frontendAddress */
                frontendAddress?: (string|null);

                /** SchedulerToQuerier tenant */
                tenant?: (string|null);

                /** SchedulerToQuerier enqueuedAtMs */
                enqueuedAtMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SchedulerToQuerier. */
            type $Shape = mimirts.scheduler.SchedulerToQuerier.$Properties;
        }

        /**
         * Properties of a NotifyQuerierShutdownRequest.
         * @deprecated Use mimirts.scheduler.NotifyQuerierShutdownRequest.$Properties instead.
         */
        interface INotifyQuerierShutdownRequest extends mimirts.scheduler.NotifyQuerierShutdownRequest.$Properties {
        }

        /** Represents a NotifyQuerierShutdownRequest. */
        class NotifyQuerierShutdownRequest {

            /**
             * Constructs a new NotifyQuerierShutdownRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: mimirts.scheduler.NotifyQuerierShutdownRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyQuerierShutdownRequest querierId. */
            querierId: string;

            /**
             * Creates a new NotifyQuerierShutdownRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyQuerierShutdownRequest instance
             */
            static create(properties: mimirts.scheduler.NotifyQuerierShutdownRequest.$Shape): mimirts.scheduler.NotifyQuerierShutdownRequest & mimirts.scheduler.NotifyQuerierShutdownRequest.$Shape;
            static create(properties?: mimirts.scheduler.NotifyQuerierShutdownRequest.$Properties): mimirts.scheduler.NotifyQuerierShutdownRequest;

            /**
             * Encodes the specified NotifyQuerierShutdownRequest message. Does not implicitly {@link mimirts.scheduler.NotifyQuerierShutdownRequest.verify|verify} messages.
             * @param message NotifyQuerierShutdownRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mimirts.scheduler.NotifyQuerierShutdownRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyQuerierShutdownRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mimirts.scheduler.NotifyQuerierShutdownRequest & mimirts.scheduler.NotifyQuerierShutdownRequest.$Shape} NotifyQuerierShutdownRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mimirts.scheduler.NotifyQuerierShutdownRequest & mimirts.scheduler.NotifyQuerierShutdownRequest.$Shape;

            /**
             * Creates a NotifyQuerierShutdownRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NotifyQuerierShutdownRequest
             */
            static fromObject(object: { [k: string]: any }): mimirts.scheduler.NotifyQuerierShutdownRequest;

            /**
             * Creates a plain object from a NotifyQuerierShutdownRequest message. Also converts values to other types if specified.
             * @param message NotifyQuerierShutdownRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mimirts.scheduler.NotifyQuerierShutdownRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NotifyQuerierShutdownRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NotifyQuerierShutdownRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NotifyQuerierShutdownRequest {

            /** Properties of a NotifyQuerierShutdownRequest. */
            interface $Properties {

                /** NotifyQuerierShutdownRequest querierId */
                querierId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyQuerierShutdownRequest. */
            type $Shape = mimirts.scheduler.NotifyQuerierShutdownRequest.$Properties;
        }

        /**
         * Properties of a NotifyQuerierShutdownResponse.
         * @deprecated Use mimirts.scheduler.NotifyQuerierShutdownResponse.$Properties instead.
         */
        interface INotifyQuerierShutdownResponse extends mimirts.scheduler.NotifyQuerierShutdownResponse.$Properties {
        }

        /** Represents a NotifyQuerierShutdownResponse. */
        class NotifyQuerierShutdownResponse {

            /**
             * Constructs a new NotifyQuerierShutdownResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: mimirts.scheduler.NotifyQuerierShutdownResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new NotifyQuerierShutdownResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotifyQuerierShutdownResponse instance
             */
            static create(properties: mimirts.scheduler.NotifyQuerierShutdownResponse.$Shape): mimirts.scheduler.NotifyQuerierShutdownResponse & mimirts.scheduler.NotifyQuerierShutdownResponse.$Shape;
            static create(properties?: mimirts.scheduler.NotifyQuerierShutdownResponse.$Properties): mimirts.scheduler.NotifyQuerierShutdownResponse;

            /**
             * Encodes the specified NotifyQuerierShutdownResponse message. Does not implicitly {@link mimirts.scheduler.NotifyQuerierShutdownResponse.verify|verify} messages.
             * @param message NotifyQuerierShutdownResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: mimirts.scheduler.NotifyQuerierShutdownResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyQuerierShutdownResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {mimirts.scheduler.NotifyQuerierShutdownResponse & mimirts.scheduler.NotifyQuerierShutdownResponse.$Shape} NotifyQuerierShutdownResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): mimirts.scheduler.NotifyQuerierShutdownResponse & mimirts.scheduler.NotifyQuerierShutdownResponse.$Shape;

            /**
             * Creates a NotifyQuerierShutdownResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns NotifyQuerierShutdownResponse
             */
            static fromObject(object: { [k: string]: any }): mimirts.scheduler.NotifyQuerierShutdownResponse;

            /**
             * Creates a plain object from a NotifyQuerierShutdownResponse message. Also converts values to other types if specified.
             * @param message NotifyQuerierShutdownResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: mimirts.scheduler.NotifyQuerierShutdownResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NotifyQuerierShutdownResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NotifyQuerierShutdownResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NotifyQuerierShutdownResponse {

            /** Properties of a NotifyQuerierShutdownResponse. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyQuerierShutdownResponse. */
            type $Shape = mimirts.scheduler.NotifyQuerierShutdownResponse.$Properties;
        }
    }
}

/** Namespace cortex. */
export namespace cortex {

    /**
     * Properties of a WriteResponse.
     * @deprecated Use cortex.WriteResponse.$Properties instead.
     */
    interface IWriteResponse extends cortex.WriteResponse.$Properties {
    }

    /** Represents a WriteResponse. */
    class WriteResponse {

        /**
         * Constructs a new WriteResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.WriteResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WriteResponse samplesWritten. */
        samplesWritten: (number|Long);

        /** WriteResponse exemplarsWritten. */
        exemplarsWritten: (number|Long);

        /** WriteResponse softErrors. */
        softErrors: cortex.SoftError.$Properties[];

        /** WriteResponse histogramsWritten. */
        histogramsWritten: (number|Long);

        /**
         * Creates a new WriteResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WriteResponse instance
         */
        static create(properties: cortex.WriteResponse.$Shape): cortex.WriteResponse & cortex.WriteResponse.$Shape;
        static create(properties?: cortex.WriteResponse.$Properties): cortex.WriteResponse;

        /**
         * Encodes the specified WriteResponse message. Does not implicitly {@link cortex.WriteResponse.verify|verify} messages.
         * @param message WriteResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.WriteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WriteResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.WriteResponse & cortex.WriteResponse.$Shape} WriteResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.WriteResponse & cortex.WriteResponse.$Shape;

        /**
         * Creates a WriteResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WriteResponse
         */
        static fromObject(object: { [k: string]: any }): cortex.WriteResponse;

        /**
         * Creates a plain object from a WriteResponse message. Also converts values to other types if specified.
         * @param message WriteResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.WriteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WriteResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for WriteResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace WriteResponse {

        /** Properties of a WriteResponse. */
        interface $Properties {

            /** WriteResponse samplesWritten */
            samplesWritten?: (number|Long|null);

            /** WriteResponse exemplarsWritten */
            exemplarsWritten?: (number|Long|null);

            /** WriteResponse softErrors */
            softErrors?: (cortex.SoftError.$Properties[]|null);

            /** WriteResponse histogramsWritten */
            histogramsWritten?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WriteResponse. */
        type $Shape = cortex.WriteResponse.$Properties;
    }

    /**
     * Properties of a SoftError.
     * @deprecated Use cortex.SoftError.$Properties instead.
     */
    interface ISoftError extends cortex.SoftError.$Properties {
    }

    /** Represents a SoftError. */
    class SoftError {

        /**
         * Constructs a new SoftError.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.SoftError.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SoftError id. */
        id: string;

        /** SoftError message. */
        message: string;

        /** SoftError reason. */
        reason: string;

        /** SoftError samples. */
        samples: (number|Long);

        /**
         * Creates a new SoftError instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SoftError instance
         */
        static create(properties: cortex.SoftError.$Shape): cortex.SoftError & cortex.SoftError.$Shape;
        static create(properties?: cortex.SoftError.$Properties): cortex.SoftError;

        /**
         * Encodes the specified SoftError message. Does not implicitly {@link cortex.SoftError.verify|verify} messages.
         * @param message SoftError message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.SoftError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SoftError message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.SoftError & cortex.SoftError.$Shape} SoftError
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.SoftError & cortex.SoftError.$Shape;

        /**
         * Creates a SoftError message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SoftError
         */
        static fromObject(object: { [k: string]: any }): cortex.SoftError;

        /**
         * Creates a plain object from a SoftError message. Also converts values to other types if specified.
         * @param message SoftError
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.SoftError, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SoftError to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SoftError
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SoftError {

        /** Properties of a SoftError. */
        interface $Properties {

            /** SoftError id */
            id?: (string|null);

            /** SoftError message */
            message?: (string|null);

            /** SoftError reason */
            reason?: (string|null);

            /** SoftError samples */
            samples?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SoftError. */
        type $Shape = cortex.SoftError.$Properties;
    }

    /** MatchType enum. */
    enum MatchType {

        /** EQUAL value */
        EQUAL = 0,

        /** NOT_EQUAL value */
        NOT_EQUAL = 1,

        /** REGEX_MATCH value */
        REGEX_MATCH = 2,

        /** REGEX_NO_MATCH value */
        REGEX_NO_MATCH = 3
    }

    /**
     * Properties of a LabelMatcher.
     * @deprecated Use cortex.LabelMatcher.$Properties instead.
     */
    interface ILabelMatcher extends cortex.LabelMatcher.$Properties {
    }

    /** Represents a LabelMatcher. */
    class LabelMatcher {

        /**
         * Constructs a new LabelMatcher.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.LabelMatcher.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelMatcher type. */
        type: cortex.MatchType;

        /** LabelMatcher name. */
        name: string;

        /** LabelMatcher value. */
        value: string;

        /**
         * Creates a new LabelMatcher instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelMatcher instance
         */
        static create(properties: cortex.LabelMatcher.$Shape): cortex.LabelMatcher & cortex.LabelMatcher.$Shape;
        static create(properties?: cortex.LabelMatcher.$Properties): cortex.LabelMatcher;

        /**
         * Encodes the specified LabelMatcher message. Does not implicitly {@link cortex.LabelMatcher.verify|verify} messages.
         * @param message LabelMatcher message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.LabelMatcher.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelMatcher message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.LabelMatcher & cortex.LabelMatcher.$Shape} LabelMatcher
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.LabelMatcher & cortex.LabelMatcher.$Shape;

        /**
         * Creates a LabelMatcher message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelMatcher
         */
        static fromObject(object: { [k: string]: any }): cortex.LabelMatcher;

        /**
         * Creates a plain object from a LabelMatcher message. Also converts values to other types if specified.
         * @param message LabelMatcher
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.LabelMatcher, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelMatcher to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelMatcher
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelMatcher {

        /** Properties of a LabelMatcher. */
        interface $Properties {

            /** LabelMatcher type */
            type?: (cortex.MatchType|null);

            /** LabelMatcher name */
            name?: (string|null);

            /** LabelMatcher value */
            value?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelMatcher. */
        type $Shape = cortex.LabelMatcher.$Properties;
    }

    /**
     * Properties of a LabelMatchers.
     * @deprecated Use cortex.LabelMatchers.$Properties instead.
     */
    interface ILabelMatchers extends cortex.LabelMatchers.$Properties {
    }

    /** Represents a LabelMatchers. */
    class LabelMatchers {

        /**
         * Constructs a new LabelMatchers.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.LabelMatchers.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelMatchers matchers. */
        matchers: cortex.LabelMatcher.$Properties[];

        /**
         * Creates a new LabelMatchers instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelMatchers instance
         */
        static create(properties: cortex.LabelMatchers.$Shape): cortex.LabelMatchers & cortex.LabelMatchers.$Shape;
        static create(properties?: cortex.LabelMatchers.$Properties): cortex.LabelMatchers;

        /**
         * Encodes the specified LabelMatchers message. Does not implicitly {@link cortex.LabelMatchers.verify|verify} messages.
         * @param message LabelMatchers message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.LabelMatchers.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelMatchers message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.LabelMatchers & cortex.LabelMatchers.$Shape} LabelMatchers
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.LabelMatchers & cortex.LabelMatchers.$Shape;

        /**
         * Creates a LabelMatchers message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelMatchers
         */
        static fromObject(object: { [k: string]: any }): cortex.LabelMatchers;

        /**
         * Creates a plain object from a LabelMatchers message. Also converts values to other types if specified.
         * @param message LabelMatchers
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.LabelMatchers, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelMatchers to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelMatchers
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelMatchers {

        /** Properties of a LabelMatchers. */
        interface $Properties {

            /** LabelMatchers matchers */
            matchers?: (cortex.LabelMatcher.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelMatchers. */
        type $Shape = cortex.LabelMatchers.$Properties;
    }

    /**
     * Properties of a QueryRequest.
     * @deprecated Use cortex.QueryRequest.$Properties instead.
     */
    interface IQueryRequest extends cortex.QueryRequest.$Properties {
    }

    /** Represents a QueryRequest. */
    class QueryRequest {

        /**
         * Constructs a new QueryRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.QueryRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** QueryRequest startTimestampMs. */
        startTimestampMs: (number|Long);

        /** QueryRequest endTimestampMs. */
        endTimestampMs: (number|Long);

        /** QueryRequest matchers. */
        matchers: cortex.LabelMatcher.$Properties[];

        /** QueryRequest streamingChunksBatchSize. */
        streamingChunksBatchSize: (number|Long);

        /**
         * Creates a new QueryRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns QueryRequest instance
         */
        static create(properties: cortex.QueryRequest.$Shape): cortex.QueryRequest & cortex.QueryRequest.$Shape;
        static create(properties?: cortex.QueryRequest.$Properties): cortex.QueryRequest;

        /**
         * Encodes the specified QueryRequest message. Does not implicitly {@link cortex.QueryRequest.verify|verify} messages.
         * @param message QueryRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.QueryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a QueryRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.QueryRequest & cortex.QueryRequest.$Shape} QueryRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.QueryRequest & cortex.QueryRequest.$Shape;

        /**
         * Creates a QueryRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns QueryRequest
         */
        static fromObject(object: { [k: string]: any }): cortex.QueryRequest;

        /**
         * Creates a plain object from a QueryRequest message. Also converts values to other types if specified.
         * @param message QueryRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.QueryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this QueryRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for QueryRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace QueryRequest {

        /** Properties of a QueryRequest. */
        interface $Properties {

            /** QueryRequest startTimestampMs */
            startTimestampMs?: (number|Long|null);

            /** QueryRequest endTimestampMs */
            endTimestampMs?: (number|Long|null);

            /** QueryRequest matchers */
            matchers?: (cortex.LabelMatcher.$Properties[]|null);

            /** QueryRequest streamingChunksBatchSize */
            streamingChunksBatchSize?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a QueryRequest. */
        type $Shape = cortex.QueryRequest.$Properties;
    }

    /**
     * Properties of a QueryStreamResponse.
     * @deprecated Use cortex.QueryStreamResponse.$Properties instead.
     */
    interface IQueryStreamResponse extends cortex.QueryStreamResponse.$Properties {
    }

    /** Represents a QueryStreamResponse. */
    class QueryStreamResponse {

        /**
         * Constructs a new QueryStreamResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.QueryStreamResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** QueryStreamResponse streamingSeries. */
        streamingSeries: cortex.QueryStreamSeries.$Properties[];

        /** QueryStreamResponse isEndOfSeriesStream. */
        isEndOfSeriesStream: boolean;

        /** QueryStreamResponse streamingSeriesChunks. */
        streamingSeriesChunks: cortex.QueryStreamSeriesChunks.$Properties[];

        /**
         * Creates a new QueryStreamResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns QueryStreamResponse instance
         */
        static create(properties: cortex.QueryStreamResponse.$Shape): cortex.QueryStreamResponse & cortex.QueryStreamResponse.$Shape;
        static create(properties?: cortex.QueryStreamResponse.$Properties): cortex.QueryStreamResponse;

        /**
         * Encodes the specified QueryStreamResponse message. Does not implicitly {@link cortex.QueryStreamResponse.verify|verify} messages.
         * @param message QueryStreamResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.QueryStreamResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a QueryStreamResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.QueryStreamResponse & cortex.QueryStreamResponse.$Shape} QueryStreamResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.QueryStreamResponse & cortex.QueryStreamResponse.$Shape;

        /**
         * Creates a QueryStreamResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns QueryStreamResponse
         */
        static fromObject(object: { [k: string]: any }): cortex.QueryStreamResponse;

        /**
         * Creates a plain object from a QueryStreamResponse message. Also converts values to other types if specified.
         * @param message QueryStreamResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.QueryStreamResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this QueryStreamResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for QueryStreamResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace QueryStreamResponse {

        /** Properties of a QueryStreamResponse. */
        interface $Properties {

            /** QueryStreamResponse streamingSeries */
            streamingSeries?: (cortex.QueryStreamSeries.$Properties[]|null);

            /** QueryStreamResponse isEndOfSeriesStream */
            isEndOfSeriesStream?: (boolean|null);

            /** QueryStreamResponse streamingSeriesChunks */
            streamingSeriesChunks?: (cortex.QueryStreamSeriesChunks.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a QueryStreamResponse. */
        type $Shape = cortex.QueryStreamResponse.$Properties;
    }

    /**
     * Properties of a QueryStreamSeries.
     * @deprecated Use cortex.QueryStreamSeries.$Properties instead.
     */
    interface IQueryStreamSeries extends cortex.QueryStreamSeries.$Properties {
    }

    /** Represents a QueryStreamSeries. */
    class QueryStreamSeries {

        /**
         * Constructs a new QueryStreamSeries.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.QueryStreamSeries.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** QueryStreamSeries labels. */
        labels: prometheus.Label.$Properties[];

        /** QueryStreamSeries chunkCount. */
        chunkCount: (number|Long);

        /**
         * Creates a new QueryStreamSeries instance using the specified properties.
         * @param [properties] Properties to set
         * @returns QueryStreamSeries instance
         */
        static create(properties: cortex.QueryStreamSeries.$Shape): cortex.QueryStreamSeries & cortex.QueryStreamSeries.$Shape;
        static create(properties?: cortex.QueryStreamSeries.$Properties): cortex.QueryStreamSeries;

        /**
         * Encodes the specified QueryStreamSeries message. Does not implicitly {@link cortex.QueryStreamSeries.verify|verify} messages.
         * @param message QueryStreamSeries message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.QueryStreamSeries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a QueryStreamSeries message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.QueryStreamSeries & cortex.QueryStreamSeries.$Shape} QueryStreamSeries
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.QueryStreamSeries & cortex.QueryStreamSeries.$Shape;

        /**
         * Creates a QueryStreamSeries message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns QueryStreamSeries
         */
        static fromObject(object: { [k: string]: any }): cortex.QueryStreamSeries;

        /**
         * Creates a plain object from a QueryStreamSeries message. Also converts values to other types if specified.
         * @param message QueryStreamSeries
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.QueryStreamSeries, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this QueryStreamSeries to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for QueryStreamSeries
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace QueryStreamSeries {

        /** Properties of a QueryStreamSeries. */
        interface $Properties {

            /** QueryStreamSeries labels */
            labels?: (prometheus.Label.$Properties[]|null);

            /** QueryStreamSeries chunkCount */
            chunkCount?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a QueryStreamSeries. */
        type $Shape = cortex.QueryStreamSeries.$Properties;
    }

    /**
     * Properties of a QueryStreamSeriesChunks.
     * @deprecated Use cortex.QueryStreamSeriesChunks.$Properties instead.
     */
    interface IQueryStreamSeriesChunks extends cortex.QueryStreamSeriesChunks.$Properties {
    }

    /** Represents a QueryStreamSeriesChunks. */
    class QueryStreamSeriesChunks {

        /**
         * Constructs a new QueryStreamSeriesChunks.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.QueryStreamSeriesChunks.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** QueryStreamSeriesChunks seriesIndex. */
        seriesIndex: (number|Long);

        /** QueryStreamSeriesChunks chunks. */
        chunks: cortex.Chunk.$Properties[];

        /**
         * Creates a new QueryStreamSeriesChunks instance using the specified properties.
         * @param [properties] Properties to set
         * @returns QueryStreamSeriesChunks instance
         */
        static create(properties: cortex.QueryStreamSeriesChunks.$Shape): cortex.QueryStreamSeriesChunks & cortex.QueryStreamSeriesChunks.$Shape;
        static create(properties?: cortex.QueryStreamSeriesChunks.$Properties): cortex.QueryStreamSeriesChunks;

        /**
         * Encodes the specified QueryStreamSeriesChunks message. Does not implicitly {@link cortex.QueryStreamSeriesChunks.verify|verify} messages.
         * @param message QueryStreamSeriesChunks message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.QueryStreamSeriesChunks.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a QueryStreamSeriesChunks message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.QueryStreamSeriesChunks & cortex.QueryStreamSeriesChunks.$Shape} QueryStreamSeriesChunks
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.QueryStreamSeriesChunks & cortex.QueryStreamSeriesChunks.$Shape;

        /**
         * Creates a QueryStreamSeriesChunks message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns QueryStreamSeriesChunks
         */
        static fromObject(object: { [k: string]: any }): cortex.QueryStreamSeriesChunks;

        /**
         * Creates a plain object from a QueryStreamSeriesChunks message. Also converts values to other types if specified.
         * @param message QueryStreamSeriesChunks
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.QueryStreamSeriesChunks, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this QueryStreamSeriesChunks to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for QueryStreamSeriesChunks
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace QueryStreamSeriesChunks {

        /** Properties of a QueryStreamSeriesChunks. */
        interface $Properties {

            /** QueryStreamSeriesChunks seriesIndex */
            seriesIndex?: (number|Long|null);

            /** QueryStreamSeriesChunks chunks */
            chunks?: (cortex.Chunk.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a QueryStreamSeriesChunks. */
        type $Shape = cortex.QueryStreamSeriesChunks.$Properties;
    }

    /**
     * Properties of a Chunk.
     * @deprecated Use cortex.Chunk.$Properties instead.
     */
    interface IChunk extends cortex.Chunk.$Properties {
    }

    /** Represents a Chunk. */
    class Chunk {

        /**
         * Constructs a new Chunk.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.Chunk.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Chunk startTimestampMs. */
        startTimestampMs: (number|Long);

        /** Chunk endTimestampMs. */
        endTimestampMs: (number|Long);

        /** Chunk encoding. */
        encoding: number;

        /** Chunk data. */
        data: Uint8Array;

        /**
         * Creates a new Chunk instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Chunk instance
         */
        static create(properties: cortex.Chunk.$Shape): cortex.Chunk & cortex.Chunk.$Shape;
        static create(properties?: cortex.Chunk.$Properties): cortex.Chunk;

        /**
         * Encodes the specified Chunk message. Does not implicitly {@link cortex.Chunk.verify|verify} messages.
         * @param message Chunk message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.Chunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Chunk message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.Chunk & cortex.Chunk.$Shape} Chunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.Chunk & cortex.Chunk.$Shape;

        /**
         * Creates a Chunk message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Chunk
         */
        static fromObject(object: { [k: string]: any }): cortex.Chunk;

        /**
         * Creates a plain object from a Chunk message. Also converts values to other types if specified.
         * @param message Chunk
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.Chunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Chunk to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Chunk
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Chunk {

        /** Properties of a Chunk. */
        interface $Properties {

            /** Chunk startTimestampMs */
            startTimestampMs?: (number|Long|null);

            /** Chunk endTimestampMs */
            endTimestampMs?: (number|Long|null);

            /** Chunk encoding */
            encoding?: (number|null);

            /** Chunk data */
            data?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Chunk. */
        type $Shape = cortex.Chunk.$Properties;
    }

    /**
     * Properties of an ExemplarQueryRequest.
     * @deprecated Use cortex.ExemplarQueryRequest.$Properties instead.
     */
    interface IExemplarQueryRequest extends cortex.ExemplarQueryRequest.$Properties {
    }

    /** Represents an ExemplarQueryRequest. */
    class ExemplarQueryRequest {

        /**
         * Constructs a new ExemplarQueryRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.ExemplarQueryRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ExemplarQueryRequest startTimestampMs. */
        startTimestampMs: (number|Long);

        /** ExemplarQueryRequest endTimestampMs. */
        endTimestampMs: (number|Long);

        /** ExemplarQueryRequest matchers. */
        matchers: cortex.LabelMatchers.$Properties[];

        /**
         * Creates a new ExemplarQueryRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ExemplarQueryRequest instance
         */
        static create(properties: cortex.ExemplarQueryRequest.$Shape): cortex.ExemplarQueryRequest & cortex.ExemplarQueryRequest.$Shape;
        static create(properties?: cortex.ExemplarQueryRequest.$Properties): cortex.ExemplarQueryRequest;

        /**
         * Encodes the specified ExemplarQueryRequest message. Does not implicitly {@link cortex.ExemplarQueryRequest.verify|verify} messages.
         * @param message ExemplarQueryRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.ExemplarQueryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ExemplarQueryRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.ExemplarQueryRequest & cortex.ExemplarQueryRequest.$Shape} ExemplarQueryRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.ExemplarQueryRequest & cortex.ExemplarQueryRequest.$Shape;

        /**
         * Creates an ExemplarQueryRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ExemplarQueryRequest
         */
        static fromObject(object: { [k: string]: any }): cortex.ExemplarQueryRequest;

        /**
         * Creates a plain object from an ExemplarQueryRequest message. Also converts values to other types if specified.
         * @param message ExemplarQueryRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.ExemplarQueryRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ExemplarQueryRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ExemplarQueryRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ExemplarQueryRequest {

        /** Properties of an ExemplarQueryRequest. */
        interface $Properties {

            /** ExemplarQueryRequest startTimestampMs */
            startTimestampMs?: (number|Long|null);

            /** ExemplarQueryRequest endTimestampMs */
            endTimestampMs?: (number|Long|null);

            /** ExemplarQueryRequest matchers */
            matchers?: (cortex.LabelMatchers.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ExemplarQueryRequest. */
        type $Shape = cortex.ExemplarQueryRequest.$Properties;
    }

    /**
     * Properties of an ExemplarQueryResponse.
     * @deprecated Use cortex.ExemplarQueryResponse.$Properties instead.
     */
    interface IExemplarQueryResponse extends cortex.ExemplarQueryResponse.$Properties {
    }

    /** Represents an ExemplarQueryResponse. */
    class ExemplarQueryResponse {

        /**
         * Constructs a new ExemplarQueryResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.ExemplarQueryResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ExemplarQueryResponse timeseries. */
        timeseries: prometheus.TimeSeries.$Properties[];

        /**
         * Creates a new ExemplarQueryResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ExemplarQueryResponse instance
         */
        static create(properties: cortex.ExemplarQueryResponse.$Shape): cortex.ExemplarQueryResponse & cortex.ExemplarQueryResponse.$Shape;
        static create(properties?: cortex.ExemplarQueryResponse.$Properties): cortex.ExemplarQueryResponse;

        /**
         * Encodes the specified ExemplarQueryResponse message. Does not implicitly {@link cortex.ExemplarQueryResponse.verify|verify} messages.
         * @param message ExemplarQueryResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.ExemplarQueryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ExemplarQueryResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.ExemplarQueryResponse & cortex.ExemplarQueryResponse.$Shape} ExemplarQueryResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.ExemplarQueryResponse & cortex.ExemplarQueryResponse.$Shape;

        /**
         * Creates an ExemplarQueryResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ExemplarQueryResponse
         */
        static fromObject(object: { [k: string]: any }): cortex.ExemplarQueryResponse;

        /**
         * Creates a plain object from an ExemplarQueryResponse message. Also converts values to other types if specified.
         * @param message ExemplarQueryResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.ExemplarQueryResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ExemplarQueryResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ExemplarQueryResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ExemplarQueryResponse {

        /** Properties of an ExemplarQueryResponse. */
        interface $Properties {

            /** ExemplarQueryResponse timeseries */
            timeseries?: (prometheus.TimeSeries.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ExemplarQueryResponse. */
        type $Shape = {
          timeseries?: prometheus.TimeSeries.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a LabelValuesRequest.
     * @deprecated Use cortex.LabelValuesRequest.$Properties instead.
     */
    interface ILabelValuesRequest extends cortex.LabelValuesRequest.$Properties {
    }

    /** Represents a LabelValuesRequest. */
    class LabelValuesRequest {

        /**
         * Constructs a new LabelValuesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.LabelValuesRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelValuesRequest labelName. */
        labelName: string;

        /** LabelValuesRequest startTimestampMs. */
        startTimestampMs: (number|Long);

        /** LabelValuesRequest endTimestampMs. */
        endTimestampMs: (number|Long);

        /** LabelValuesRequest matchers. */
        matchers?: (cortex.LabelMatchers.$Properties|null);

        /** LabelValuesRequest limit. */
        limit: (number|Long);

        /**
         * Creates a new LabelValuesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelValuesRequest instance
         */
        static create(properties: cortex.LabelValuesRequest.$Shape): cortex.LabelValuesRequest & cortex.LabelValuesRequest.$Shape;
        static create(properties?: cortex.LabelValuesRequest.$Properties): cortex.LabelValuesRequest;

        /**
         * Encodes the specified LabelValuesRequest message. Does not implicitly {@link cortex.LabelValuesRequest.verify|verify} messages.
         * @param message LabelValuesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.LabelValuesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelValuesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.LabelValuesRequest & cortex.LabelValuesRequest.$Shape} LabelValuesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.LabelValuesRequest & cortex.LabelValuesRequest.$Shape;

        /**
         * Creates a LabelValuesRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelValuesRequest
         */
        static fromObject(object: { [k: string]: any }): cortex.LabelValuesRequest;

        /**
         * Creates a plain object from a LabelValuesRequest message. Also converts values to other types if specified.
         * @param message LabelValuesRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.LabelValuesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelValuesRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelValuesRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelValuesRequest {

        /** Properties of a LabelValuesRequest. */
        interface $Properties {

            /** LabelValuesRequest labelName */
            labelName?: (string|null);

            /** LabelValuesRequest startTimestampMs */
            startTimestampMs?: (number|Long|null);

            /** LabelValuesRequest endTimestampMs */
            endTimestampMs?: (number|Long|null);

            /** LabelValuesRequest matchers */
            matchers?: (cortex.LabelMatchers.$Properties|null);

            /** LabelValuesRequest limit */
            limit?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelValuesRequest. */
        type $Shape = cortex.LabelValuesRequest.$Properties;
    }

    /**
     * Properties of a LabelValuesResponse.
     * @deprecated Use cortex.LabelValuesResponse.$Properties instead.
     */
    interface ILabelValuesResponse extends cortex.LabelValuesResponse.$Properties {
    }

    /** Represents a LabelValuesResponse. */
    class LabelValuesResponse {

        /**
         * Constructs a new LabelValuesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.LabelValuesResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelValuesResponse labelValues. */
        labelValues: string[];

        /**
         * Creates a new LabelValuesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelValuesResponse instance
         */
        static create(properties: cortex.LabelValuesResponse.$Shape): cortex.LabelValuesResponse & cortex.LabelValuesResponse.$Shape;
        static create(properties?: cortex.LabelValuesResponse.$Properties): cortex.LabelValuesResponse;

        /**
         * Encodes the specified LabelValuesResponse message. Does not implicitly {@link cortex.LabelValuesResponse.verify|verify} messages.
         * @param message LabelValuesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.LabelValuesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelValuesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.LabelValuesResponse & cortex.LabelValuesResponse.$Shape} LabelValuesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.LabelValuesResponse & cortex.LabelValuesResponse.$Shape;

        /**
         * Creates a LabelValuesResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelValuesResponse
         */
        static fromObject(object: { [k: string]: any }): cortex.LabelValuesResponse;

        /**
         * Creates a plain object from a LabelValuesResponse message. Also converts values to other types if specified.
         * @param message LabelValuesResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.LabelValuesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelValuesResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelValuesResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelValuesResponse {

        /** Properties of a LabelValuesResponse. */
        interface $Properties {

            /** LabelValuesResponse labelValues */
            labelValues?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelValuesResponse. */
        type $Shape = cortex.LabelValuesResponse.$Properties;
    }

    /**
     * Properties of a LabelNamesRequest.
     * @deprecated Use cortex.LabelNamesRequest.$Properties instead.
     */
    interface ILabelNamesRequest extends cortex.LabelNamesRequest.$Properties {
    }

    /** Represents a LabelNamesRequest. */
    class LabelNamesRequest {

        /**
         * Constructs a new LabelNamesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.LabelNamesRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelNamesRequest startTimestampMs. */
        startTimestampMs: (number|Long);

        /** LabelNamesRequest endTimestampMs. */
        endTimestampMs: (number|Long);

        /** LabelNamesRequest matchers. */
        matchers?: (cortex.LabelMatchers.$Properties|null);

        /** LabelNamesRequest limit. */
        limit: (number|Long);

        /**
         * Creates a new LabelNamesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelNamesRequest instance
         */
        static create(properties: cortex.LabelNamesRequest.$Shape): cortex.LabelNamesRequest & cortex.LabelNamesRequest.$Shape;
        static create(properties?: cortex.LabelNamesRequest.$Properties): cortex.LabelNamesRequest;

        /**
         * Encodes the specified LabelNamesRequest message. Does not implicitly {@link cortex.LabelNamesRequest.verify|verify} messages.
         * @param message LabelNamesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.LabelNamesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelNamesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.LabelNamesRequest & cortex.LabelNamesRequest.$Shape} LabelNamesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.LabelNamesRequest & cortex.LabelNamesRequest.$Shape;

        /**
         * Creates a LabelNamesRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelNamesRequest
         */
        static fromObject(object: { [k: string]: any }): cortex.LabelNamesRequest;

        /**
         * Creates a plain object from a LabelNamesRequest message. Also converts values to other types if specified.
         * @param message LabelNamesRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.LabelNamesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelNamesRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelNamesRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelNamesRequest {

        /** Properties of a LabelNamesRequest. */
        interface $Properties {

            /** LabelNamesRequest startTimestampMs */
            startTimestampMs?: (number|Long|null);

            /** LabelNamesRequest endTimestampMs */
            endTimestampMs?: (number|Long|null);

            /** LabelNamesRequest matchers */
            matchers?: (cortex.LabelMatchers.$Properties|null);

            /** LabelNamesRequest limit */
            limit?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelNamesRequest. */
        type $Shape = cortex.LabelNamesRequest.$Properties;
    }

    /**
     * Properties of a LabelNamesResponse.
     * @deprecated Use cortex.LabelNamesResponse.$Properties instead.
     */
    interface ILabelNamesResponse extends cortex.LabelNamesResponse.$Properties {
    }

    /** Represents a LabelNamesResponse. */
    class LabelNamesResponse {

        /**
         * Constructs a new LabelNamesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.LabelNamesResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelNamesResponse labelNames. */
        labelNames: string[];

        /**
         * Creates a new LabelNamesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelNamesResponse instance
         */
        static create(properties: cortex.LabelNamesResponse.$Shape): cortex.LabelNamesResponse & cortex.LabelNamesResponse.$Shape;
        static create(properties?: cortex.LabelNamesResponse.$Properties): cortex.LabelNamesResponse;

        /**
         * Encodes the specified LabelNamesResponse message. Does not implicitly {@link cortex.LabelNamesResponse.verify|verify} messages.
         * @param message LabelNamesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.LabelNamesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelNamesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.LabelNamesResponse & cortex.LabelNamesResponse.$Shape} LabelNamesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.LabelNamesResponse & cortex.LabelNamesResponse.$Shape;

        /**
         * Creates a LabelNamesResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelNamesResponse
         */
        static fromObject(object: { [k: string]: any }): cortex.LabelNamesResponse;

        /**
         * Creates a plain object from a LabelNamesResponse message. Also converts values to other types if specified.
         * @param message LabelNamesResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.LabelNamesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelNamesResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelNamesResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelNamesResponse {

        /** Properties of a LabelNamesResponse. */
        interface $Properties {

            /** LabelNamesResponse labelNames */
            labelNames?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelNamesResponse. */
        type $Shape = cortex.LabelNamesResponse.$Properties;
    }

    /** CountMethod enum. */
    enum CountMethod {

        /** IN_MEMORY value */
        IN_MEMORY = 0,

        /** ACTIVE value */
        ACTIVE = 1
    }

    /**
     * Properties of a UserStatsRequest.
     * @deprecated Use cortex.UserStatsRequest.$Properties instead.
     */
    interface IUserStatsRequest extends cortex.UserStatsRequest.$Properties {
    }

    /** Represents a UserStatsRequest. */
    class UserStatsRequest {

        /**
         * Constructs a new UserStatsRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.UserStatsRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UserStatsRequest countMethod. */
        countMethod: cortex.CountMethod;

        /**
         * Creates a new UserStatsRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UserStatsRequest instance
         */
        static create(properties: cortex.UserStatsRequest.$Shape): cortex.UserStatsRequest & cortex.UserStatsRequest.$Shape;
        static create(properties?: cortex.UserStatsRequest.$Properties): cortex.UserStatsRequest;

        /**
         * Encodes the specified UserStatsRequest message. Does not implicitly {@link cortex.UserStatsRequest.verify|verify} messages.
         * @param message UserStatsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.UserStatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a UserStatsRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.UserStatsRequest & cortex.UserStatsRequest.$Shape} UserStatsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.UserStatsRequest & cortex.UserStatsRequest.$Shape;

        /**
         * Creates a UserStatsRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UserStatsRequest
         */
        static fromObject(object: { [k: string]: any }): cortex.UserStatsRequest;

        /**
         * Creates a plain object from a UserStatsRequest message. Also converts values to other types if specified.
         * @param message UserStatsRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.UserStatsRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UserStatsRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for UserStatsRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace UserStatsRequest {

        /** Properties of a UserStatsRequest. */
        interface $Properties {

            /** UserStatsRequest countMethod */
            countMethod?: (cortex.CountMethod|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a UserStatsRequest. */
        type $Shape = cortex.UserStatsRequest.$Properties;
    }

    /**
     * Properties of a UserStatsResponse.
     * @deprecated Use cortex.UserStatsResponse.$Properties instead.
     */
    interface IUserStatsResponse extends cortex.UserStatsResponse.$Properties {
    }

    /** Represents a UserStatsResponse. */
    class UserStatsResponse {

        /**
         * Constructs a new UserStatsResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.UserStatsResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UserStatsResponse ingestionRate. */
        ingestionRate: number;

        /** UserStatsResponse numSeries. */
        numSeries: (number|Long);

        /** UserStatsResponse apiIngestionRate. */
        apiIngestionRate: number;

        /** UserStatsResponse ruleIngestionRate. */
        ruleIngestionRate: number;

        /**
         * Creates a new UserStatsResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UserStatsResponse instance
         */
        static create(properties: cortex.UserStatsResponse.$Shape): cortex.UserStatsResponse & cortex.UserStatsResponse.$Shape;
        static create(properties?: cortex.UserStatsResponse.$Properties): cortex.UserStatsResponse;

        /**
         * Encodes the specified UserStatsResponse message. Does not implicitly {@link cortex.UserStatsResponse.verify|verify} messages.
         * @param message UserStatsResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.UserStatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a UserStatsResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.UserStatsResponse & cortex.UserStatsResponse.$Shape} UserStatsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.UserStatsResponse & cortex.UserStatsResponse.$Shape;

        /**
         * Creates a UserStatsResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UserStatsResponse
         */
        static fromObject(object: { [k: string]: any }): cortex.UserStatsResponse;

        /**
         * Creates a plain object from a UserStatsResponse message. Also converts values to other types if specified.
         * @param message UserStatsResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.UserStatsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UserStatsResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for UserStatsResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace UserStatsResponse {

        /** Properties of a UserStatsResponse. */
        interface $Properties {

            /** UserStatsResponse ingestionRate */
            ingestionRate?: (number|null);

            /** UserStatsResponse numSeries */
            numSeries?: (number|Long|null);

            /** UserStatsResponse apiIngestionRate */
            apiIngestionRate?: (number|null);

            /** UserStatsResponse ruleIngestionRate */
            ruleIngestionRate?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a UserStatsResponse. */
        type $Shape = cortex.UserStatsResponse.$Properties;
    }

    /**
     * Properties of a UserIDStatsResponse.
     * @deprecated Use cortex.UserIDStatsResponse.$Properties instead.
     */
    interface IUserIDStatsResponse extends cortex.UserIDStatsResponse.$Properties {
    }

    /** Represents a UserIDStatsResponse. */
    class UserIDStatsResponse {

        /**
         * Constructs a new UserIDStatsResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.UserIDStatsResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UserIDStatsResponse userId. */
        userId: string;

        /** UserIDStatsResponse data. */
        data?: (cortex.UserStatsResponse.$Properties|null);

        /**
         * Creates a new UserIDStatsResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UserIDStatsResponse instance
         */
        static create(properties: cortex.UserIDStatsResponse.$Shape): cortex.UserIDStatsResponse & cortex.UserIDStatsResponse.$Shape;
        static create(properties?: cortex.UserIDStatsResponse.$Properties): cortex.UserIDStatsResponse;

        /**
         * Encodes the specified UserIDStatsResponse message. Does not implicitly {@link cortex.UserIDStatsResponse.verify|verify} messages.
         * @param message UserIDStatsResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.UserIDStatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a UserIDStatsResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.UserIDStatsResponse & cortex.UserIDStatsResponse.$Shape} UserIDStatsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.UserIDStatsResponse & cortex.UserIDStatsResponse.$Shape;

        /**
         * Creates a UserIDStatsResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UserIDStatsResponse
         */
        static fromObject(object: { [k: string]: any }): cortex.UserIDStatsResponse;

        /**
         * Creates a plain object from a UserIDStatsResponse message. Also converts values to other types if specified.
         * @param message UserIDStatsResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.UserIDStatsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UserIDStatsResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for UserIDStatsResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace UserIDStatsResponse {

        /** Properties of a UserIDStatsResponse. */
        interface $Properties {

            /** UserIDStatsResponse userId */
            userId?: (string|null);

            /** UserIDStatsResponse data */
            data?: (cortex.UserStatsResponse.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a UserIDStatsResponse. */
        type $Shape = cortex.UserIDStatsResponse.$Properties;
    }

    /**
     * Properties of a UsersStatsResponse.
     * @deprecated Use cortex.UsersStatsResponse.$Properties instead.
     */
    interface IUsersStatsResponse extends cortex.UsersStatsResponse.$Properties {
    }

    /** Represents a UsersStatsResponse. */
    class UsersStatsResponse {

        /**
         * Constructs a new UsersStatsResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.UsersStatsResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UsersStatsResponse stats. */
        stats: cortex.UserIDStatsResponse.$Properties[];

        /**
         * Creates a new UsersStatsResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UsersStatsResponse instance
         */
        static create(properties: cortex.UsersStatsResponse.$Shape): cortex.UsersStatsResponse & cortex.UsersStatsResponse.$Shape;
        static create(properties?: cortex.UsersStatsResponse.$Properties): cortex.UsersStatsResponse;

        /**
         * Encodes the specified UsersStatsResponse message. Does not implicitly {@link cortex.UsersStatsResponse.verify|verify} messages.
         * @param message UsersStatsResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.UsersStatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a UsersStatsResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.UsersStatsResponse & cortex.UsersStatsResponse.$Shape} UsersStatsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.UsersStatsResponse & cortex.UsersStatsResponse.$Shape;

        /**
         * Creates a UsersStatsResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns UsersStatsResponse
         */
        static fromObject(object: { [k: string]: any }): cortex.UsersStatsResponse;

        /**
         * Creates a plain object from a UsersStatsResponse message. Also converts values to other types if specified.
         * @param message UsersStatsResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.UsersStatsResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this UsersStatsResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for UsersStatsResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace UsersStatsResponse {

        /** Properties of a UsersStatsResponse. */
        interface $Properties {

            /** UsersStatsResponse stats */
            stats?: (cortex.UserIDStatsResponse.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a UsersStatsResponse. */
        type $Shape = cortex.UsersStatsResponse.$Properties;
    }

    /**
     * Properties of a Metric.
     * @deprecated Use cortex.Metric.$Properties instead.
     */
    interface IMetric extends cortex.Metric.$Properties {
    }

    /** Represents a Metric. */
    class Metric {

        /**
         * Constructs a new Metric.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.Metric.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Metric labels. */
        labels: prometheus.Label.$Properties[];

        /**
         * Creates a new Metric instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Metric instance
         */
        static create(properties: cortex.Metric.$Shape): cortex.Metric & cortex.Metric.$Shape;
        static create(properties?: cortex.Metric.$Properties): cortex.Metric;

        /**
         * Encodes the specified Metric message. Does not implicitly {@link cortex.Metric.verify|verify} messages.
         * @param message Metric message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.Metric.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Metric message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.Metric & cortex.Metric.$Shape} Metric
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.Metric & cortex.Metric.$Shape;

        /**
         * Creates a Metric message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Metric
         */
        static fromObject(object: { [k: string]: any }): cortex.Metric;

        /**
         * Creates a plain object from a Metric message. Also converts values to other types if specified.
         * @param message Metric
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.Metric, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Metric to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Metric
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Metric {

        /** Properties of a Metric. */
        interface $Properties {

            /** Metric labels */
            labels?: (prometheus.Label.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Metric. */
        type $Shape = cortex.Metric.$Properties;
    }

    /**
     * Properties of a MetricsForLabelMatchersRequest.
     * @deprecated Use cortex.MetricsForLabelMatchersRequest.$Properties instead.
     */
    interface IMetricsForLabelMatchersRequest extends cortex.MetricsForLabelMatchersRequest.$Properties {
    }

    /** Represents a MetricsForLabelMatchersRequest. */
    class MetricsForLabelMatchersRequest {

        /**
         * Constructs a new MetricsForLabelMatchersRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.MetricsForLabelMatchersRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetricsForLabelMatchersRequest startTimestampMs. */
        startTimestampMs: (number|Long);

        /** MetricsForLabelMatchersRequest endTimestampMs. */
        endTimestampMs: (number|Long);

        /** MetricsForLabelMatchersRequest matchersSet. */
        matchersSet: cortex.LabelMatchers.$Properties[];

        /** MetricsForLabelMatchersRequest limit. */
        limit: (number|Long);

        /**
         * Creates a new MetricsForLabelMatchersRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetricsForLabelMatchersRequest instance
         */
        static create(properties: cortex.MetricsForLabelMatchersRequest.$Shape): cortex.MetricsForLabelMatchersRequest & cortex.MetricsForLabelMatchersRequest.$Shape;
        static create(properties?: cortex.MetricsForLabelMatchersRequest.$Properties): cortex.MetricsForLabelMatchersRequest;

        /**
         * Encodes the specified MetricsForLabelMatchersRequest message. Does not implicitly {@link cortex.MetricsForLabelMatchersRequest.verify|verify} messages.
         * @param message MetricsForLabelMatchersRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.MetricsForLabelMatchersRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetricsForLabelMatchersRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.MetricsForLabelMatchersRequest & cortex.MetricsForLabelMatchersRequest.$Shape} MetricsForLabelMatchersRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.MetricsForLabelMatchersRequest & cortex.MetricsForLabelMatchersRequest.$Shape;

        /**
         * Creates a MetricsForLabelMatchersRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MetricsForLabelMatchersRequest
         */
        static fromObject(object: { [k: string]: any }): cortex.MetricsForLabelMatchersRequest;

        /**
         * Creates a plain object from a MetricsForLabelMatchersRequest message. Also converts values to other types if specified.
         * @param message MetricsForLabelMatchersRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.MetricsForLabelMatchersRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MetricsForLabelMatchersRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MetricsForLabelMatchersRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetricsForLabelMatchersRequest {

        /** Properties of a MetricsForLabelMatchersRequest. */
        interface $Properties {

            /** MetricsForLabelMatchersRequest startTimestampMs */
            startTimestampMs?: (number|Long|null);

            /** MetricsForLabelMatchersRequest endTimestampMs */
            endTimestampMs?: (number|Long|null);

            /** MetricsForLabelMatchersRequest matchersSet */
            matchersSet?: (cortex.LabelMatchers.$Properties[]|null);

            /** MetricsForLabelMatchersRequest limit */
            limit?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetricsForLabelMatchersRequest. */
        type $Shape = cortex.MetricsForLabelMatchersRequest.$Properties;
    }

    /**
     * Properties of a MetricsForLabelMatchersResponse.
     * @deprecated Use cortex.MetricsForLabelMatchersResponse.$Properties instead.
     */
    interface IMetricsForLabelMatchersResponse extends cortex.MetricsForLabelMatchersResponse.$Properties {
    }

    /** Represents a MetricsForLabelMatchersResponse. */
    class MetricsForLabelMatchersResponse {

        /**
         * Constructs a new MetricsForLabelMatchersResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.MetricsForLabelMatchersResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetricsForLabelMatchersResponse metric. */
        metric: cortex.Metric.$Properties[];

        /**
         * Creates a new MetricsForLabelMatchersResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetricsForLabelMatchersResponse instance
         */
        static create(properties: cortex.MetricsForLabelMatchersResponse.$Shape): cortex.MetricsForLabelMatchersResponse & cortex.MetricsForLabelMatchersResponse.$Shape;
        static create(properties?: cortex.MetricsForLabelMatchersResponse.$Properties): cortex.MetricsForLabelMatchersResponse;

        /**
         * Encodes the specified MetricsForLabelMatchersResponse message. Does not implicitly {@link cortex.MetricsForLabelMatchersResponse.verify|verify} messages.
         * @param message MetricsForLabelMatchersResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.MetricsForLabelMatchersResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetricsForLabelMatchersResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.MetricsForLabelMatchersResponse & cortex.MetricsForLabelMatchersResponse.$Shape} MetricsForLabelMatchersResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.MetricsForLabelMatchersResponse & cortex.MetricsForLabelMatchersResponse.$Shape;

        /**
         * Creates a MetricsForLabelMatchersResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MetricsForLabelMatchersResponse
         */
        static fromObject(object: { [k: string]: any }): cortex.MetricsForLabelMatchersResponse;

        /**
         * Creates a plain object from a MetricsForLabelMatchersResponse message. Also converts values to other types if specified.
         * @param message MetricsForLabelMatchersResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.MetricsForLabelMatchersResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MetricsForLabelMatchersResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MetricsForLabelMatchersResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetricsForLabelMatchersResponse {

        /** Properties of a MetricsForLabelMatchersResponse. */
        interface $Properties {

            /** MetricsForLabelMatchersResponse metric */
            metric?: (cortex.Metric.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetricsForLabelMatchersResponse. */
        type $Shape = cortex.MetricsForLabelMatchersResponse.$Properties;
    }

    /**
     * Properties of a MetricsMetadataRequest.
     * @deprecated Use cortex.MetricsMetadataRequest.$Properties instead.
     */
    interface IMetricsMetadataRequest extends cortex.MetricsMetadataRequest.$Properties {
    }

    /** Represents a MetricsMetadataRequest. */
    class MetricsMetadataRequest {

        /**
         * Constructs a new MetricsMetadataRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.MetricsMetadataRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetricsMetadataRequest limit. */
        limit: number;

        /** MetricsMetadataRequest limitPerMetric. */
        limitPerMetric: number;

        /** MetricsMetadataRequest metric. */
        metric: string;

        /**
         * Creates a new MetricsMetadataRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetricsMetadataRequest instance
         */
        static create(properties: cortex.MetricsMetadataRequest.$Shape): cortex.MetricsMetadataRequest & cortex.MetricsMetadataRequest.$Shape;
        static create(properties?: cortex.MetricsMetadataRequest.$Properties): cortex.MetricsMetadataRequest;

        /**
         * Encodes the specified MetricsMetadataRequest message. Does not implicitly {@link cortex.MetricsMetadataRequest.verify|verify} messages.
         * @param message MetricsMetadataRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.MetricsMetadataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetricsMetadataRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.MetricsMetadataRequest & cortex.MetricsMetadataRequest.$Shape} MetricsMetadataRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.MetricsMetadataRequest & cortex.MetricsMetadataRequest.$Shape;

        /**
         * Creates a MetricsMetadataRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MetricsMetadataRequest
         */
        static fromObject(object: { [k: string]: any }): cortex.MetricsMetadataRequest;

        /**
         * Creates a plain object from a MetricsMetadataRequest message. Also converts values to other types if specified.
         * @param message MetricsMetadataRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.MetricsMetadataRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MetricsMetadataRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MetricsMetadataRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetricsMetadataRequest {

        /** Properties of a MetricsMetadataRequest. */
        interface $Properties {

            /** MetricsMetadataRequest limit */
            limit?: (number|null);

            /** MetricsMetadataRequest limitPerMetric */
            limitPerMetric?: (number|null);

            /** MetricsMetadataRequest metric */
            metric?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetricsMetadataRequest. */
        type $Shape = cortex.MetricsMetadataRequest.$Properties;
    }

    /**
     * Properties of a MetricsMetadataResponse.
     * @deprecated Use cortex.MetricsMetadataResponse.$Properties instead.
     */
    interface IMetricsMetadataResponse extends cortex.MetricsMetadataResponse.$Properties {
    }

    /** Represents a MetricsMetadataResponse. */
    class MetricsMetadataResponse {

        /**
         * Constructs a new MetricsMetadataResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.MetricsMetadataResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetricsMetadataResponse metadata. */
        metadata: prometheus.MetricMetadata.$Properties[];

        /**
         * Creates a new MetricsMetadataResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetricsMetadataResponse instance
         */
        static create(properties: cortex.MetricsMetadataResponse.$Shape): cortex.MetricsMetadataResponse & cortex.MetricsMetadataResponse.$Shape;
        static create(properties?: cortex.MetricsMetadataResponse.$Properties): cortex.MetricsMetadataResponse;

        /**
         * Encodes the specified MetricsMetadataResponse message. Does not implicitly {@link cortex.MetricsMetadataResponse.verify|verify} messages.
         * @param message MetricsMetadataResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.MetricsMetadataResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetricsMetadataResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.MetricsMetadataResponse & cortex.MetricsMetadataResponse.$Shape} MetricsMetadataResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.MetricsMetadataResponse & cortex.MetricsMetadataResponse.$Shape;

        /**
         * Creates a MetricsMetadataResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MetricsMetadataResponse
         */
        static fromObject(object: { [k: string]: any }): cortex.MetricsMetadataResponse;

        /**
         * Creates a plain object from a MetricsMetadataResponse message. Also converts values to other types if specified.
         * @param message MetricsMetadataResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.MetricsMetadataResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MetricsMetadataResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MetricsMetadataResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetricsMetadataResponse {

        /** Properties of a MetricsMetadataResponse. */
        interface $Properties {

            /** MetricsMetadataResponse metadata */
            metadata?: (prometheus.MetricMetadata.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetricsMetadataResponse. */
        type $Shape = cortex.MetricsMetadataResponse.$Properties;
    }

    /**
     * Properties of a LabelValues.
     * @deprecated Use cortex.LabelValues.$Properties instead.
     */
    interface ILabelValues extends cortex.LabelValues.$Properties {
    }

    /** Represents a LabelValues. */
    class LabelValues {

        /**
         * Constructs a new LabelValues.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.LabelValues.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelValues labelName. */
        labelName: string;

        /** LabelValues values. */
        values: string[];

        /**
         * Creates a new LabelValues instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelValues instance
         */
        static create(properties: cortex.LabelValues.$Shape): cortex.LabelValues & cortex.LabelValues.$Shape;
        static create(properties?: cortex.LabelValues.$Properties): cortex.LabelValues;

        /**
         * Encodes the specified LabelValues message. Does not implicitly {@link cortex.LabelValues.verify|verify} messages.
         * @param message LabelValues message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.LabelValues.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelValues message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.LabelValues & cortex.LabelValues.$Shape} LabelValues
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.LabelValues & cortex.LabelValues.$Shape;

        /**
         * Creates a LabelValues message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelValues
         */
        static fromObject(object: { [k: string]: any }): cortex.LabelValues;

        /**
         * Creates a plain object from a LabelValues message. Also converts values to other types if specified.
         * @param message LabelValues
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.LabelValues, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelValues to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelValues
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelValues {

        /** Properties of a LabelValues. */
        interface $Properties {

            /** LabelValues labelName */
            labelName?: (string|null);

            /** LabelValues values */
            values?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelValues. */
        type $Shape = cortex.LabelValues.$Properties;
    }

    /**
     * Properties of a LabelNamesAndValuesRequest.
     * @deprecated Use cortex.LabelNamesAndValuesRequest.$Properties instead.
     */
    interface ILabelNamesAndValuesRequest extends cortex.LabelNamesAndValuesRequest.$Properties {
    }

    /** Represents a LabelNamesAndValuesRequest. */
    class LabelNamesAndValuesRequest {

        /**
         * Constructs a new LabelNamesAndValuesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.LabelNamesAndValuesRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelNamesAndValuesRequest matchers. */
        matchers: cortex.LabelMatcher.$Properties[];

        /** LabelNamesAndValuesRequest countMethod. */
        countMethod: cortex.CountMethod;

        /**
         * Creates a new LabelNamesAndValuesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelNamesAndValuesRequest instance
         */
        static create(properties: cortex.LabelNamesAndValuesRequest.$Shape): cortex.LabelNamesAndValuesRequest & cortex.LabelNamesAndValuesRequest.$Shape;
        static create(properties?: cortex.LabelNamesAndValuesRequest.$Properties): cortex.LabelNamesAndValuesRequest;

        /**
         * Encodes the specified LabelNamesAndValuesRequest message. Does not implicitly {@link cortex.LabelNamesAndValuesRequest.verify|verify} messages.
         * @param message LabelNamesAndValuesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.LabelNamesAndValuesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelNamesAndValuesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.LabelNamesAndValuesRequest & cortex.LabelNamesAndValuesRequest.$Shape} LabelNamesAndValuesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.LabelNamesAndValuesRequest & cortex.LabelNamesAndValuesRequest.$Shape;

        /**
         * Creates a LabelNamesAndValuesRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelNamesAndValuesRequest
         */
        static fromObject(object: { [k: string]: any }): cortex.LabelNamesAndValuesRequest;

        /**
         * Creates a plain object from a LabelNamesAndValuesRequest message. Also converts values to other types if specified.
         * @param message LabelNamesAndValuesRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.LabelNamesAndValuesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelNamesAndValuesRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelNamesAndValuesRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelNamesAndValuesRequest {

        /** Properties of a LabelNamesAndValuesRequest. */
        interface $Properties {

            /** LabelNamesAndValuesRequest matchers */
            matchers?: (cortex.LabelMatcher.$Properties[]|null);

            /** LabelNamesAndValuesRequest countMethod */
            countMethod?: (cortex.CountMethod|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelNamesAndValuesRequest. */
        type $Shape = cortex.LabelNamesAndValuesRequest.$Properties;
    }

    /**
     * Properties of a LabelNamesAndValuesResponse.
     * @deprecated Use cortex.LabelNamesAndValuesResponse.$Properties instead.
     */
    interface ILabelNamesAndValuesResponse extends cortex.LabelNamesAndValuesResponse.$Properties {
    }

    /** Represents a LabelNamesAndValuesResponse. */
    class LabelNamesAndValuesResponse {

        /**
         * Constructs a new LabelNamesAndValuesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.LabelNamesAndValuesResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelNamesAndValuesResponse items. */
        items: cortex.LabelValues.$Properties[];

        /**
         * Creates a new LabelNamesAndValuesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelNamesAndValuesResponse instance
         */
        static create(properties: cortex.LabelNamesAndValuesResponse.$Shape): cortex.LabelNamesAndValuesResponse & cortex.LabelNamesAndValuesResponse.$Shape;
        static create(properties?: cortex.LabelNamesAndValuesResponse.$Properties): cortex.LabelNamesAndValuesResponse;

        /**
         * Encodes the specified LabelNamesAndValuesResponse message. Does not implicitly {@link cortex.LabelNamesAndValuesResponse.verify|verify} messages.
         * @param message LabelNamesAndValuesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.LabelNamesAndValuesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelNamesAndValuesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.LabelNamesAndValuesResponse & cortex.LabelNamesAndValuesResponse.$Shape} LabelNamesAndValuesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.LabelNamesAndValuesResponse & cortex.LabelNamesAndValuesResponse.$Shape;

        /**
         * Creates a LabelNamesAndValuesResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelNamesAndValuesResponse
         */
        static fromObject(object: { [k: string]: any }): cortex.LabelNamesAndValuesResponse;

        /**
         * Creates a plain object from a LabelNamesAndValuesResponse message. Also converts values to other types if specified.
         * @param message LabelNamesAndValuesResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.LabelNamesAndValuesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelNamesAndValuesResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelNamesAndValuesResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelNamesAndValuesResponse {

        /** Properties of a LabelNamesAndValuesResponse. */
        interface $Properties {

            /** LabelNamesAndValuesResponse items */
            items?: (cortex.LabelValues.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelNamesAndValuesResponse. */
        type $Shape = cortex.LabelNamesAndValuesResponse.$Properties;
    }

    /**
     * Properties of a LabelValuesCardinalityRequest.
     * @deprecated Use cortex.LabelValuesCardinalityRequest.$Properties instead.
     */
    interface ILabelValuesCardinalityRequest extends cortex.LabelValuesCardinalityRequest.$Properties {
    }

    /** Represents a LabelValuesCardinalityRequest. */
    class LabelValuesCardinalityRequest {

        /**
         * Constructs a new LabelValuesCardinalityRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.LabelValuesCardinalityRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelValuesCardinalityRequest labelNames. */
        labelNames: string[];

        /** LabelValuesCardinalityRequest matchers. */
        matchers: cortex.LabelMatcher.$Properties[];

        /** LabelValuesCardinalityRequest countMethod. */
        countMethod: cortex.CountMethod;

        /**
         * Creates a new LabelValuesCardinalityRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelValuesCardinalityRequest instance
         */
        static create(properties: cortex.LabelValuesCardinalityRequest.$Shape): cortex.LabelValuesCardinalityRequest & cortex.LabelValuesCardinalityRequest.$Shape;
        static create(properties?: cortex.LabelValuesCardinalityRequest.$Properties): cortex.LabelValuesCardinalityRequest;

        /**
         * Encodes the specified LabelValuesCardinalityRequest message. Does not implicitly {@link cortex.LabelValuesCardinalityRequest.verify|verify} messages.
         * @param message LabelValuesCardinalityRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.LabelValuesCardinalityRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelValuesCardinalityRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.LabelValuesCardinalityRequest & cortex.LabelValuesCardinalityRequest.$Shape} LabelValuesCardinalityRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.LabelValuesCardinalityRequest & cortex.LabelValuesCardinalityRequest.$Shape;

        /**
         * Creates a LabelValuesCardinalityRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelValuesCardinalityRequest
         */
        static fromObject(object: { [k: string]: any }): cortex.LabelValuesCardinalityRequest;

        /**
         * Creates a plain object from a LabelValuesCardinalityRequest message. Also converts values to other types if specified.
         * @param message LabelValuesCardinalityRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.LabelValuesCardinalityRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelValuesCardinalityRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelValuesCardinalityRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelValuesCardinalityRequest {

        /** Properties of a LabelValuesCardinalityRequest. */
        interface $Properties {

            /** LabelValuesCardinalityRequest labelNames */
            labelNames?: (string[]|null);

            /** LabelValuesCardinalityRequest matchers */
            matchers?: (cortex.LabelMatcher.$Properties[]|null);

            /** LabelValuesCardinalityRequest countMethod */
            countMethod?: (cortex.CountMethod|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelValuesCardinalityRequest. */
        type $Shape = cortex.LabelValuesCardinalityRequest.$Properties;
    }

    /**
     * Properties of a LabelValueSeriesCount.
     * @deprecated Use cortex.LabelValueSeriesCount.$Properties instead.
     */
    interface ILabelValueSeriesCount extends cortex.LabelValueSeriesCount.$Properties {
    }

    /** Represents a LabelValueSeriesCount. */
    class LabelValueSeriesCount {

        /**
         * Constructs a new LabelValueSeriesCount.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.LabelValueSeriesCount.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelValueSeriesCount labelName. */
        labelName: string;

        /** LabelValueSeriesCount labelValueSeries. */
        labelValueSeries: { [k: string]: (number|Long) };

        /**
         * Creates a new LabelValueSeriesCount instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelValueSeriesCount instance
         */
        static create(properties: cortex.LabelValueSeriesCount.$Shape): cortex.LabelValueSeriesCount & cortex.LabelValueSeriesCount.$Shape;
        static create(properties?: cortex.LabelValueSeriesCount.$Properties): cortex.LabelValueSeriesCount;

        /**
         * Encodes the specified LabelValueSeriesCount message. Does not implicitly {@link cortex.LabelValueSeriesCount.verify|verify} messages.
         * @param message LabelValueSeriesCount message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.LabelValueSeriesCount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelValueSeriesCount message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.LabelValueSeriesCount & cortex.LabelValueSeriesCount.$Shape} LabelValueSeriesCount
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.LabelValueSeriesCount & cortex.LabelValueSeriesCount.$Shape;

        /**
         * Creates a LabelValueSeriesCount message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelValueSeriesCount
         */
        static fromObject(object: { [k: string]: any }): cortex.LabelValueSeriesCount;

        /**
         * Creates a plain object from a LabelValueSeriesCount message. Also converts values to other types if specified.
         * @param message LabelValueSeriesCount
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.LabelValueSeriesCount, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelValueSeriesCount to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelValueSeriesCount
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelValueSeriesCount {

        /** Properties of a LabelValueSeriesCount. */
        interface $Properties {

            /** LabelValueSeriesCount labelName */
            labelName?: (string|null);

            /** LabelValueSeriesCount labelValueSeries */
            labelValueSeries?: ({ [k: string]: (number|Long) }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelValueSeriesCount. */
        type $Shape = cortex.LabelValueSeriesCount.$Properties;
    }

    /**
     * Properties of a LabelValuesCardinalityResponse.
     * @deprecated Use cortex.LabelValuesCardinalityResponse.$Properties instead.
     */
    interface ILabelValuesCardinalityResponse extends cortex.LabelValuesCardinalityResponse.$Properties {
    }

    /** Represents a LabelValuesCardinalityResponse. */
    class LabelValuesCardinalityResponse {

        /**
         * Constructs a new LabelValuesCardinalityResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.LabelValuesCardinalityResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelValuesCardinalityResponse items. */
        items: cortex.LabelValueSeriesCount.$Properties[];

        /**
         * Creates a new LabelValuesCardinalityResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelValuesCardinalityResponse instance
         */
        static create(properties: cortex.LabelValuesCardinalityResponse.$Shape): cortex.LabelValuesCardinalityResponse & cortex.LabelValuesCardinalityResponse.$Shape;
        static create(properties?: cortex.LabelValuesCardinalityResponse.$Properties): cortex.LabelValuesCardinalityResponse;

        /**
         * Encodes the specified LabelValuesCardinalityResponse message. Does not implicitly {@link cortex.LabelValuesCardinalityResponse.verify|verify} messages.
         * @param message LabelValuesCardinalityResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.LabelValuesCardinalityResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelValuesCardinalityResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.LabelValuesCardinalityResponse & cortex.LabelValuesCardinalityResponse.$Shape} LabelValuesCardinalityResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.LabelValuesCardinalityResponse & cortex.LabelValuesCardinalityResponse.$Shape;

        /**
         * Creates a LabelValuesCardinalityResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelValuesCardinalityResponse
         */
        static fromObject(object: { [k: string]: any }): cortex.LabelValuesCardinalityResponse;

        /**
         * Creates a plain object from a LabelValuesCardinalityResponse message. Also converts values to other types if specified.
         * @param message LabelValuesCardinalityResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.LabelValuesCardinalityResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelValuesCardinalityResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelValuesCardinalityResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelValuesCardinalityResponse {

        /** Properties of a LabelValuesCardinalityResponse. */
        interface $Properties {

            /** LabelValuesCardinalityResponse items */
            items?: (cortex.LabelValueSeriesCount.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelValuesCardinalityResponse. */
        type $Shape = cortex.LabelValuesCardinalityResponse.$Properties;
    }

    /**
     * Properties of an ActiveSeriesRequest.
     * @deprecated Use cortex.ActiveSeriesRequest.$Properties instead.
     */
    interface IActiveSeriesRequest extends cortex.ActiveSeriesRequest.$Properties {
    }

    /** Represents an ActiveSeriesRequest. */
    class ActiveSeriesRequest {

        /**
         * Constructs a new ActiveSeriesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.ActiveSeriesRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ActiveSeriesRequest matchers. */
        matchers: cortex.LabelMatcher.$Properties[];

        /** ActiveSeriesRequest type. */
        type: cortex.ActiveSeriesRequest.RequestType;

        /**
         * Creates a new ActiveSeriesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ActiveSeriesRequest instance
         */
        static create(properties: cortex.ActiveSeriesRequest.$Shape): cortex.ActiveSeriesRequest & cortex.ActiveSeriesRequest.$Shape;
        static create(properties?: cortex.ActiveSeriesRequest.$Properties): cortex.ActiveSeriesRequest;

        /**
         * Encodes the specified ActiveSeriesRequest message. Does not implicitly {@link cortex.ActiveSeriesRequest.verify|verify} messages.
         * @param message ActiveSeriesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.ActiveSeriesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ActiveSeriesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.ActiveSeriesRequest & cortex.ActiveSeriesRequest.$Shape} ActiveSeriesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.ActiveSeriesRequest & cortex.ActiveSeriesRequest.$Shape;

        /**
         * Creates an ActiveSeriesRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ActiveSeriesRequest
         */
        static fromObject(object: { [k: string]: any }): cortex.ActiveSeriesRequest;

        /**
         * Creates a plain object from an ActiveSeriesRequest message. Also converts values to other types if specified.
         * @param message ActiveSeriesRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.ActiveSeriesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ActiveSeriesRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ActiveSeriesRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ActiveSeriesRequest {

        /** Properties of an ActiveSeriesRequest. */
        interface $Properties {

            /** ActiveSeriesRequest matchers */
            matchers?: (cortex.LabelMatcher.$Properties[]|null);

            /** ActiveSeriesRequest type */
            type?: (cortex.ActiveSeriesRequest.RequestType|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ActiveSeriesRequest. */
        type $Shape = cortex.ActiveSeriesRequest.$Properties;

        /** RequestType enum. */
        enum RequestType {

            /** SERIES value */
            SERIES = 0,

            /** NATIVE_HISTOGRAM_SERIES value */
            NATIVE_HISTOGRAM_SERIES = 1
        }
    }

    /**
     * Properties of an ActiveSeriesResponse.
     * @deprecated Use cortex.ActiveSeriesResponse.$Properties instead.
     */
    interface IActiveSeriesResponse extends cortex.ActiveSeriesResponse.$Properties {
    }

    /** Represents an ActiveSeriesResponse. */
    class ActiveSeriesResponse {

        /**
         * Constructs a new ActiveSeriesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: cortex.ActiveSeriesResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ActiveSeriesResponse metric. */
        metric: cortex.Metric.$Properties[];

        /** ActiveSeriesResponse bucketCount. */
        bucketCount: (number|Long)[];

        /**
         * Creates a new ActiveSeriesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ActiveSeriesResponse instance
         */
        static create(properties: cortex.ActiveSeriesResponse.$Shape): cortex.ActiveSeriesResponse & cortex.ActiveSeriesResponse.$Shape;
        static create(properties?: cortex.ActiveSeriesResponse.$Properties): cortex.ActiveSeriesResponse;

        /**
         * Encodes the specified ActiveSeriesResponse message. Does not implicitly {@link cortex.ActiveSeriesResponse.verify|verify} messages.
         * @param message ActiveSeriesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: cortex.ActiveSeriesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ActiveSeriesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {cortex.ActiveSeriesResponse & cortex.ActiveSeriesResponse.$Shape} ActiveSeriesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): cortex.ActiveSeriesResponse & cortex.ActiveSeriesResponse.$Shape;

        /**
         * Creates an ActiveSeriesResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ActiveSeriesResponse
         */
        static fromObject(object: { [k: string]: any }): cortex.ActiveSeriesResponse;

        /**
         * Creates a plain object from an ActiveSeriesResponse message. Also converts values to other types if specified.
         * @param message ActiveSeriesResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: cortex.ActiveSeriesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ActiveSeriesResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ActiveSeriesResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ActiveSeriesResponse {

        /** Properties of an ActiveSeriesResponse. */
        interface $Properties {

            /** ActiveSeriesResponse metric */
            metric?: (cortex.Metric.$Properties[]|null);

            /** ActiveSeriesResponse bucketCount */
            bucketCount?: ((number|Long)[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ActiveSeriesResponse. */
        type $Shape = cortex.ActiveSeriesResponse.$Properties;
    }
}

/** Namespace prometheus. */
export namespace prometheus {

    /**
     * Properties of a WriteRequest.
     * @deprecated Use prometheus.WriteRequest.$Properties instead.
     */
    interface IWriteRequest extends prometheus.WriteRequest.$Properties {
    }

    /** Represents a WriteRequest. */
    class WriteRequest {

        /**
         * Constructs a new WriteRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.WriteRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** WriteRequest timeseries. */
        timeseries: prometheus.TimeSeries.$Properties[];

        /** WriteRequest metadata. */
        metadata: prometheus.MetricMetadata.$Properties[];

        /**
         * Creates a new WriteRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns WriteRequest instance
         */
        static create(properties: prometheus.WriteRequest.$Shape): prometheus.WriteRequest & prometheus.WriteRequest.$Shape;
        static create(properties?: prometheus.WriteRequest.$Properties): prometheus.WriteRequest;

        /**
         * Encodes the specified WriteRequest message. Does not implicitly {@link prometheus.WriteRequest.verify|verify} messages.
         * @param message WriteRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.WriteRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a WriteRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.WriteRequest & prometheus.WriteRequest.$Shape} WriteRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.WriteRequest & prometheus.WriteRequest.$Shape;

        /**
         * Creates a WriteRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns WriteRequest
         */
        static fromObject(object: { [k: string]: any }): prometheus.WriteRequest;

        /**
         * Creates a plain object from a WriteRequest message. Also converts values to other types if specified.
         * @param message WriteRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.WriteRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this WriteRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for WriteRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace WriteRequest {

        /** Properties of a WriteRequest. */
        interface $Properties {

            /** WriteRequest timeseries */
            timeseries?: (prometheus.TimeSeries.$Properties[]|null);

            /** WriteRequest metadata */
            metadata?: (prometheus.MetricMetadata.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a WriteRequest. */
        type $Shape = {
          timeseries?: prometheus.TimeSeries.$Shape[]|null;
          metadata?: prometheus.MetricMetadata.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a MetricMetadata.
     * @deprecated Use prometheus.MetricMetadata.$Properties instead.
     */
    interface IMetricMetadata extends prometheus.MetricMetadata.$Properties {
    }

    /** Represents a MetricMetadata. */
    class MetricMetadata {

        /**
         * Constructs a new MetricMetadata.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.MetricMetadata.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetricMetadata type. */
        type: prometheus.MetricMetadata.MetricType;

        /** MetricMetadata metricFamilyName. */
        metricFamilyName: string;

        /** MetricMetadata help. */
        help: string;

        /** MetricMetadata unit. */
        unit: string;

        /**
         * Creates a new MetricMetadata instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetricMetadata instance
         */
        static create(properties: prometheus.MetricMetadata.$Shape): prometheus.MetricMetadata & prometheus.MetricMetadata.$Shape;
        static create(properties?: prometheus.MetricMetadata.$Properties): prometheus.MetricMetadata;

        /**
         * Encodes the specified MetricMetadata message. Does not implicitly {@link prometheus.MetricMetadata.verify|verify} messages.
         * @param message MetricMetadata message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.MetricMetadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetricMetadata message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.MetricMetadata & prometheus.MetricMetadata.$Shape} MetricMetadata
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.MetricMetadata & prometheus.MetricMetadata.$Shape;

        /**
         * Creates a MetricMetadata message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns MetricMetadata
         */
        static fromObject(object: { [k: string]: any }): prometheus.MetricMetadata;

        /**
         * Creates a plain object from a MetricMetadata message. Also converts values to other types if specified.
         * @param message MetricMetadata
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.MetricMetadata, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this MetricMetadata to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for MetricMetadata
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace MetricMetadata {

        /** Properties of a MetricMetadata. */
        interface $Properties {

            /** MetricMetadata type */
            type?: (prometheus.MetricMetadata.MetricType|null);

            /** MetricMetadata metricFamilyName */
            metricFamilyName?: (string|null);

            /** MetricMetadata help */
            help?: (string|null);

            /** MetricMetadata unit */
            unit?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetricMetadata. */
        type $Shape = prometheus.MetricMetadata.$Properties;

        /** MetricType enum. */
        enum MetricType {

            /** UNKNOWN value */
            UNKNOWN = 0,

            /** COUNTER value */
            COUNTER = 1,

            /** GAUGE value */
            GAUGE = 2,

            /** HISTOGRAM value */
            HISTOGRAM = 3,

            /** GAUGEHISTOGRAM value */
            GAUGEHISTOGRAM = 4,

            /** SUMMARY value */
            SUMMARY = 5,

            /** INFO value */
            INFO = 6,

            /** STATESET value */
            STATESET = 7
        }
    }

    /**
     * Properties of a Sample.
     * @deprecated Use prometheus.Sample.$Properties instead.
     */
    interface ISample extends prometheus.Sample.$Properties {
    }

    /** Represents a Sample. */
    class Sample {

        /**
         * Constructs a new Sample.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.Sample.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Sample value. */
        value: number;

        /** Sample timestamp. */
        timestamp: (number|Long);

        /**
         * Creates a new Sample instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Sample instance
         */
        static create(properties: prometheus.Sample.$Shape): prometheus.Sample & prometheus.Sample.$Shape;
        static create(properties?: prometheus.Sample.$Properties): prometheus.Sample;

        /**
         * Encodes the specified Sample message. Does not implicitly {@link prometheus.Sample.verify|verify} messages.
         * @param message Sample message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.Sample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Sample message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.Sample & prometheus.Sample.$Shape} Sample
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.Sample & prometheus.Sample.$Shape;

        /**
         * Creates a Sample message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Sample
         */
        static fromObject(object: { [k: string]: any }): prometheus.Sample;

        /**
         * Creates a plain object from a Sample message. Also converts values to other types if specified.
         * @param message Sample
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.Sample, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Sample to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Sample
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Sample {

        /** Properties of a Sample. */
        interface $Properties {

            /** Sample value */
            value?: (number|null);

            /** Sample timestamp */
            timestamp?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Sample. */
        type $Shape = prometheus.Sample.$Properties;
    }

    /**
     * Properties of an Exemplar.
     * @deprecated Use prometheus.Exemplar.$Properties instead.
     */
    interface IExemplar extends prometheus.Exemplar.$Properties {
    }

    /** Represents an Exemplar. */
    class Exemplar {

        /**
         * Constructs a new Exemplar.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.Exemplar.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Exemplar labels. */
        labels: prometheus.Label.$Properties[];

        /** Exemplar value. */
        value: number;

        /** Exemplar timestamp. */
        timestamp: (number|Long);

        /**
         * Creates a new Exemplar instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Exemplar instance
         */
        static create(properties: prometheus.Exemplar.$Shape): prometheus.Exemplar & prometheus.Exemplar.$Shape;
        static create(properties?: prometheus.Exemplar.$Properties): prometheus.Exemplar;

        /**
         * Encodes the specified Exemplar message. Does not implicitly {@link prometheus.Exemplar.verify|verify} messages.
         * @param message Exemplar message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.Exemplar.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Exemplar message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.Exemplar & prometheus.Exemplar.$Shape} Exemplar
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.Exemplar & prometheus.Exemplar.$Shape;

        /**
         * Creates an Exemplar message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Exemplar
         */
        static fromObject(object: { [k: string]: any }): prometheus.Exemplar;

        /**
         * Creates a plain object from an Exemplar message. Also converts values to other types if specified.
         * @param message Exemplar
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.Exemplar, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Exemplar to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Exemplar
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Exemplar {

        /** Properties of an Exemplar. */
        interface $Properties {

            /** Exemplar labels */
            labels?: (prometheus.Label.$Properties[]|null);

            /** Exemplar value */
            value?: (number|null);

            /** Exemplar timestamp */
            timestamp?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Exemplar. */
        type $Shape = prometheus.Exemplar.$Properties;
    }

    /**
     * Properties of a BucketSpan.
     * @deprecated Use prometheus.BucketSpan.$Properties instead.
     */
    interface IBucketSpan extends prometheus.BucketSpan.$Properties {
    }

    /** Represents a BucketSpan. */
    class BucketSpan {

        /**
         * Constructs a new BucketSpan.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.BucketSpan.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BucketSpan offset. */
        offset: number;

        /** BucketSpan length. */
        length: number;

        /**
         * Creates a new BucketSpan instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BucketSpan instance
         */
        static create(properties: prometheus.BucketSpan.$Shape): prometheus.BucketSpan & prometheus.BucketSpan.$Shape;
        static create(properties?: prometheus.BucketSpan.$Properties): prometheus.BucketSpan;

        /**
         * Encodes the specified BucketSpan message. Does not implicitly {@link prometheus.BucketSpan.verify|verify} messages.
         * @param message BucketSpan message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.BucketSpan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BucketSpan message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.BucketSpan & prometheus.BucketSpan.$Shape} BucketSpan
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.BucketSpan & prometheus.BucketSpan.$Shape;

        /**
         * Creates a BucketSpan message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns BucketSpan
         */
        static fromObject(object: { [k: string]: any }): prometheus.BucketSpan;

        /**
         * Creates a plain object from a BucketSpan message. Also converts values to other types if specified.
         * @param message BucketSpan
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.BucketSpan, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this BucketSpan to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for BucketSpan
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace BucketSpan {

        /** Properties of a BucketSpan. */
        interface $Properties {

            /** BucketSpan offset */
            offset?: (number|null);

            /** BucketSpan length */
            length?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BucketSpan. */
        type $Shape = prometheus.BucketSpan.$Properties;
    }

    /**
     * Properties of a Histogram.
     * @deprecated Use prometheus.Histogram.$Properties instead.
     */
    interface IHistogram extends prometheus.Histogram.$Properties {
    }

    /** Represents a Histogram. */
    class Histogram {

        /**
         * Constructs a new Histogram.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.Histogram.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Histogram countInt. */
        countInt?: (number|Long|null);

        /** Histogram countFloat. */
        countFloat?: (number|null);

        /** Histogram sum. */
        sum: number;

        /** Histogram schema. */
        schema: number;

        /** Histogram zeroThreshold. */
        zeroThreshold: number;

        /** Histogram zeroCountInt. */
        zeroCountInt?: (number|Long|null);

        /** Histogram zeroCountFloat. */
        zeroCountFloat?: (number|null);

        /** Histogram negativeSpans. */
        negativeSpans: prometheus.BucketSpan.$Properties[];

        /** Histogram negativeDeltas. */
        negativeDeltas: (number|Long)[];

        /** Histogram negativeCounts. */
        negativeCounts: number[];

        /** Histogram positiveSpans. */
        positiveSpans: prometheus.BucketSpan.$Properties[];

        /** Histogram positiveDeltas. */
        positiveDeltas: (number|Long)[];

        /** Histogram positiveCounts. */
        positiveCounts: number[];

        /** Histogram resetHint. */
        resetHint: prometheus.Histogram.ResetHint;

        /** Histogram timestamp. */
        timestamp: (number|Long);

        /** Histogram customValues. */
        customValues: number[];

        /** Histogram count. */
        count?: ("countInt"|"countFloat");

        /** Histogram zeroCount. */
        zeroCount?: ("zeroCountInt"|"zeroCountFloat");

        /**
         * Creates a new Histogram instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Histogram instance
         */
        static create(properties: prometheus.Histogram.$Shape): prometheus.Histogram & prometheus.Histogram.$Shape;
        static create(properties?: prometheus.Histogram.$Properties): prometheus.Histogram;

        /**
         * Encodes the specified Histogram message. Does not implicitly {@link prometheus.Histogram.verify|verify} messages.
         * @param message Histogram message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.Histogram.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Histogram message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.Histogram & prometheus.Histogram.$Shape} Histogram
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.Histogram & prometheus.Histogram.$Shape;

        /**
         * Creates a Histogram message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Histogram
         */
        static fromObject(object: { [k: string]: any }): prometheus.Histogram;

        /**
         * Creates a plain object from a Histogram message. Also converts values to other types if specified.
         * @param message Histogram
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.Histogram, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Histogram to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Histogram
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Histogram {

        /** Properties of a Histogram. */
        interface $Properties {

            /** Histogram countInt */
            countInt?: (number|Long|null);

            /** Histogram countFloat */
            countFloat?: (number|null);

            /** Histogram sum */
            sum?: (number|null);

            /** Histogram schema */
            schema?: (number|null);

            /** Histogram zeroThreshold */
            zeroThreshold?: (number|null);

            /** Histogram zeroCountInt */
            zeroCountInt?: (number|Long|null);

            /** Histogram zeroCountFloat */
            zeroCountFloat?: (number|null);

            /** Histogram negativeSpans */
            negativeSpans?: (prometheus.BucketSpan.$Properties[]|null);

            /** Histogram negativeDeltas */
            negativeDeltas?: ((number|Long)[]|null);

            /** Histogram negativeCounts */
            negativeCounts?: (number[]|null);

            /** Histogram positiveSpans */
            positiveSpans?: (prometheus.BucketSpan.$Properties[]|null);

            /** Histogram positiveDeltas */
            positiveDeltas?: ((number|Long)[]|null);

            /** Histogram positiveCounts */
            positiveCounts?: (number[]|null);

            /** Histogram resetHint */
            resetHint?: (prometheus.Histogram.ResetHint|null);

            /** Histogram timestamp */
            timestamp?: (number|Long|null);

            /** Histogram customValues */
            customValues?: (number[]|null);

            /** Histogram count */
            count?: ("countInt"|"countFloat");

            /** Histogram zeroCount */
            zeroCount?: ("zeroCountInt"|"zeroCountFloat");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Histogram. */
        type $Shape = {
          countInt?: number|Long|null;
          countFloat?: number|null;
          sum?: number|null;
          schema?: number|null;
          zeroThreshold?: number|null;
          zeroCountInt?: number|Long|null;
          zeroCountFloat?: number|null;
          negativeSpans?: prometheus.BucketSpan.$Shape[]|null;
          negativeDeltas?: (number|Long)[]|null;
          negativeCounts?: number[]|null;
          positiveSpans?: prometheus.BucketSpan.$Shape[]|null;
          positiveDeltas?: (number|Long)[]|null;
          positiveCounts?: number[]|null;
          resetHint?: prometheus.Histogram.ResetHint|null;
          timestamp?: number|Long|null;
          customValues?: number[]|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ count?: undefined; countInt?: null; countFloat?: null }|{ count?: "countInt"; countInt: number|Long; countFloat?: null }|{ count?: "countFloat"; countInt?: null; countFloat: number })
        ) & (
          ({ zeroCount?: undefined; zeroCountInt?: null; zeroCountFloat?: null }|{ zeroCount?: "zeroCountInt"; zeroCountInt: number|Long; zeroCountFloat?: null }|{ zeroCount?: "zeroCountFloat"; zeroCountInt?: null; zeroCountFloat: number })
        );

        /** ResetHint enum. */
        enum ResetHint {

            /** UNKNOWN value */
            UNKNOWN = 0,

            /** YES value */
            YES = 1,

            /** NO value */
            NO = 2,

            /** GAUGE value */
            GAUGE = 3
        }
    }

    /**
     * Properties of a TimeSeries.
     * @deprecated Use prometheus.TimeSeries.$Properties instead.
     */
    interface ITimeSeries extends prometheus.TimeSeries.$Properties {
    }

    /** Represents a TimeSeries. */
    class TimeSeries {

        /**
         * Constructs a new TimeSeries.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.TimeSeries.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TimeSeries labels. */
        labels: prometheus.Label.$Properties[];

        /** TimeSeries samples. */
        samples: prometheus.Sample.$Properties[];

        /** TimeSeries exemplars. */
        exemplars: prometheus.Exemplar.$Properties[];

        /** TimeSeries histograms. */
        histograms: prometheus.Histogram.$Properties[];

        /**
         * Creates a new TimeSeries instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TimeSeries instance
         */
        static create(properties: prometheus.TimeSeries.$Shape): prometheus.TimeSeries & prometheus.TimeSeries.$Shape;
        static create(properties?: prometheus.TimeSeries.$Properties): prometheus.TimeSeries;

        /**
         * Encodes the specified TimeSeries message. Does not implicitly {@link prometheus.TimeSeries.verify|verify} messages.
         * @param message TimeSeries message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.TimeSeries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TimeSeries message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.TimeSeries & prometheus.TimeSeries.$Shape} TimeSeries
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.TimeSeries & prometheus.TimeSeries.$Shape;

        /**
         * Creates a TimeSeries message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns TimeSeries
         */
        static fromObject(object: { [k: string]: any }): prometheus.TimeSeries;

        /**
         * Creates a plain object from a TimeSeries message. Also converts values to other types if specified.
         * @param message TimeSeries
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.TimeSeries, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this TimeSeries to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for TimeSeries
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace TimeSeries {

        /** Properties of a TimeSeries. */
        interface $Properties {

            /** TimeSeries labels */
            labels?: (prometheus.Label.$Properties[]|null);

            /** TimeSeries samples */
            samples?: (prometheus.Sample.$Properties[]|null);

            /** TimeSeries exemplars */
            exemplars?: (prometheus.Exemplar.$Properties[]|null);

            /** TimeSeries histograms */
            histograms?: (prometheus.Histogram.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TimeSeries. */
        type $Shape = {
          labels?: prometheus.Label.$Shape[]|null;
          samples?: prometheus.Sample.$Shape[]|null;
          exemplars?: prometheus.Exemplar.$Shape[]|null;
          histograms?: prometheus.Histogram.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a Label.
     * @deprecated Use prometheus.Label.$Properties instead.
     */
    interface ILabel extends prometheus.Label.$Properties {
    }

    /** Represents a Label. */
    class Label {

        /**
         * Constructs a new Label.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.Label.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Label name. */
        name: string;

        /** Label value. */
        value: string;

        /**
         * Creates a new Label instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Label instance
         */
        static create(properties: prometheus.Label.$Shape): prometheus.Label & prometheus.Label.$Shape;
        static create(properties?: prometheus.Label.$Properties): prometheus.Label;

        /**
         * Encodes the specified Label message. Does not implicitly {@link prometheus.Label.verify|verify} messages.
         * @param message Label message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.Label.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Label message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.Label & prometheus.Label.$Shape} Label
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.Label & prometheus.Label.$Shape;

        /**
         * Creates a Label message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Label
         */
        static fromObject(object: { [k: string]: any }): prometheus.Label;

        /**
         * Creates a plain object from a Label message. Also converts values to other types if specified.
         * @param message Label
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.Label, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Label to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Label
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Label {

        /** Properties of a Label. */
        interface $Properties {

            /** Label name */
            name?: (string|null);

            /** Label value */
            value?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Label. */
        type $Shape = prometheus.Label.$Properties;
    }

    /**
     * Properties of a ReadRequest.
     * @deprecated Use prometheus.ReadRequest.$Properties instead.
     */
    interface IReadRequest extends prometheus.ReadRequest.$Properties {
    }

    /** Represents a ReadRequest. */
    class ReadRequest {

        /**
         * Constructs a new ReadRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.ReadRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ReadRequest queries. */
        queries: prometheus.Query.$Properties[];

        /** ReadRequest acceptedResponseTypes. */
        acceptedResponseTypes: prometheus.ReadRequest.ResponseType[];

        /**
         * Creates a new ReadRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadRequest instance
         */
        static create(properties: prometheus.ReadRequest.$Shape): prometheus.ReadRequest & prometheus.ReadRequest.$Shape;
        static create(properties?: prometheus.ReadRequest.$Properties): prometheus.ReadRequest;

        /**
         * Encodes the specified ReadRequest message. Does not implicitly {@link prometheus.ReadRequest.verify|verify} messages.
         * @param message ReadRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.ReadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.ReadRequest & prometheus.ReadRequest.$Shape} ReadRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.ReadRequest & prometheus.ReadRequest.$Shape;

        /**
         * Creates a ReadRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ReadRequest
         */
        static fromObject(object: { [k: string]: any }): prometheus.ReadRequest;

        /**
         * Creates a plain object from a ReadRequest message. Also converts values to other types if specified.
         * @param message ReadRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.ReadRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ReadRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ReadRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ReadRequest {

        /** Properties of a ReadRequest. */
        interface $Properties {

            /** ReadRequest queries */
            queries?: (prometheus.Query.$Properties[]|null);

            /** ReadRequest acceptedResponseTypes */
            acceptedResponseTypes?: (prometheus.ReadRequest.ResponseType[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ReadRequest. */
        type $Shape = prometheus.ReadRequest.$Properties;

        /** ResponseType enum. */
        enum ResponseType {

            /** SAMPLES value */
            SAMPLES = 0,

            /** STREAMED_XOR_CHUNKS value */
            STREAMED_XOR_CHUNKS = 1
        }
    }

    /**
     * Properties of a ReadMatcher.
     * @deprecated Use prometheus.ReadMatcher.$Properties instead.
     */
    interface IReadMatcher extends prometheus.ReadMatcher.$Properties {
    }

    /** Represents a ReadMatcher. */
    class ReadMatcher {

        /**
         * Constructs a new ReadMatcher.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.ReadMatcher.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ReadMatcher type. */
        type: prometheus.ReadMatcher.Type;

        /** ReadMatcher name. */
        name: string;

        /** ReadMatcher value. */
        value: string;

        /**
         * Creates a new ReadMatcher instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadMatcher instance
         */
        static create(properties: prometheus.ReadMatcher.$Shape): prometheus.ReadMatcher & prometheus.ReadMatcher.$Shape;
        static create(properties?: prometheus.ReadMatcher.$Properties): prometheus.ReadMatcher;

        /**
         * Encodes the specified ReadMatcher message. Does not implicitly {@link prometheus.ReadMatcher.verify|verify} messages.
         * @param message ReadMatcher message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.ReadMatcher.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadMatcher message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.ReadMatcher & prometheus.ReadMatcher.$Shape} ReadMatcher
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.ReadMatcher & prometheus.ReadMatcher.$Shape;

        /**
         * Creates a ReadMatcher message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ReadMatcher
         */
        static fromObject(object: { [k: string]: any }): prometheus.ReadMatcher;

        /**
         * Creates a plain object from a ReadMatcher message. Also converts values to other types if specified.
         * @param message ReadMatcher
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.ReadMatcher, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ReadMatcher to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ReadMatcher
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ReadMatcher {

        /** Properties of a ReadMatcher. */
        interface $Properties {

            /** ReadMatcher type */
            type?: (prometheus.ReadMatcher.Type|null);

            /** ReadMatcher name */
            name?: (string|null);

            /** ReadMatcher value */
            value?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ReadMatcher. */
        type $Shape = prometheus.ReadMatcher.$Properties;

        /** Type enum. */
        enum Type {

            /** EQ value */
            EQ = 0,

            /** NEQ value */
            NEQ = 1,

            /** RE value */
            RE = 2,

            /** NRE value */
            NRE = 3
        }
    }

    /**
     * Properties of a ReadHints.
     * @deprecated Use prometheus.ReadHints.$Properties instead.
     */
    interface IReadHints extends prometheus.ReadHints.$Properties {
    }

    /** Represents a ReadHints. */
    class ReadHints {

        /**
         * Constructs a new ReadHints.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.ReadHints.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ReadHints stepMs. */
        stepMs: (number|Long);

        /** ReadHints func. */
        func: string;

        /** ReadHints startMs. */
        startMs: (number|Long);

        /** ReadHints endMs. */
        endMs: (number|Long);

        /** ReadHints grouping. */
        grouping: string[];

        /** ReadHints by. */
        by: boolean;

        /** ReadHints rangeMs. */
        rangeMs: (number|Long);

        /**
         * Creates a new ReadHints instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadHints instance
         */
        static create(properties: prometheus.ReadHints.$Shape): prometheus.ReadHints & prometheus.ReadHints.$Shape;
        static create(properties?: prometheus.ReadHints.$Properties): prometheus.ReadHints;

        /**
         * Encodes the specified ReadHints message. Does not implicitly {@link prometheus.ReadHints.verify|verify} messages.
         * @param message ReadHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.ReadHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadHints message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.ReadHints & prometheus.ReadHints.$Shape} ReadHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.ReadHints & prometheus.ReadHints.$Shape;

        /**
         * Creates a ReadHints message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ReadHints
         */
        static fromObject(object: { [k: string]: any }): prometheus.ReadHints;

        /**
         * Creates a plain object from a ReadHints message. Also converts values to other types if specified.
         * @param message ReadHints
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.ReadHints, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ReadHints to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ReadHints
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ReadHints {

        /** Properties of a ReadHints. */
        interface $Properties {

            /** ReadHints stepMs */
            stepMs?: (number|Long|null);

            /** ReadHints func */
            func?: (string|null);

            /** ReadHints startMs */
            startMs?: (number|Long|null);

            /** ReadHints endMs */
            endMs?: (number|Long|null);

            /** ReadHints grouping */
            grouping?: (string[]|null);

            /** ReadHints by */
            by?: (boolean|null);

            /** ReadHints rangeMs */
            rangeMs?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ReadHints. */
        type $Shape = prometheus.ReadHints.$Properties;
    }

    /**
     * Properties of a Query.
     * @deprecated Use prometheus.Query.$Properties instead.
     */
    interface IQuery extends prometheus.Query.$Properties {
    }

    /** Represents a Query. */
    class Query {

        /**
         * Constructs a new Query.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.Query.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Query startTimestampMs. */
        startTimestampMs: (number|Long);

        /** Query endTimestampMs. */
        endTimestampMs: (number|Long);

        /** Query matchers. */
        matchers: prometheus.ReadMatcher.$Properties[];

        /** Query hints. */
        hints?: (prometheus.ReadHints.$Properties|null);

        /**
         * Creates a new Query instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Query instance
         */
        static create(properties: prometheus.Query.$Shape): prometheus.Query & prometheus.Query.$Shape;
        static create(properties?: prometheus.Query.$Properties): prometheus.Query;

        /**
         * Encodes the specified Query message. Does not implicitly {@link prometheus.Query.verify|verify} messages.
         * @param message Query message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.Query.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Query message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.Query & prometheus.Query.$Shape} Query
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.Query & prometheus.Query.$Shape;

        /**
         * Creates a Query message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Query
         */
        static fromObject(object: { [k: string]: any }): prometheus.Query;

        /**
         * Creates a plain object from a Query message. Also converts values to other types if specified.
         * @param message Query
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.Query, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Query to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Query
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Query {

        /** Properties of a Query. */
        interface $Properties {

            /** Query startTimestampMs */
            startTimestampMs?: (number|Long|null);

            /** Query endTimestampMs */
            endTimestampMs?: (number|Long|null);

            /** Query matchers */
            matchers?: (prometheus.ReadMatcher.$Properties[]|null);

            /** Query hints */
            hints?: (prometheus.ReadHints.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Query. */
        type $Shape = prometheus.Query.$Properties;
    }

    /**
     * Properties of a QueryResult.
     * @deprecated Use prometheus.QueryResult.$Properties instead.
     */
    interface IQueryResult extends prometheus.QueryResult.$Properties {
    }

    /** Represents a QueryResult. */
    class QueryResult {

        /**
         * Constructs a new QueryResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.QueryResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** QueryResult timeseries. */
        timeseries: prometheus.TimeSeries.$Properties[];

        /**
         * Creates a new QueryResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns QueryResult instance
         */
        static create(properties: prometheus.QueryResult.$Shape): prometheus.QueryResult & prometheus.QueryResult.$Shape;
        static create(properties?: prometheus.QueryResult.$Properties): prometheus.QueryResult;

        /**
         * Encodes the specified QueryResult message. Does not implicitly {@link prometheus.QueryResult.verify|verify} messages.
         * @param message QueryResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.QueryResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a QueryResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.QueryResult & prometheus.QueryResult.$Shape} QueryResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.QueryResult & prometheus.QueryResult.$Shape;

        /**
         * Creates a QueryResult message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns QueryResult
         */
        static fromObject(object: { [k: string]: any }): prometheus.QueryResult;

        /**
         * Creates a plain object from a QueryResult message. Also converts values to other types if specified.
         * @param message QueryResult
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.QueryResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this QueryResult to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for QueryResult
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace QueryResult {

        /** Properties of a QueryResult. */
        interface $Properties {

            /** QueryResult timeseries */
            timeseries?: (prometheus.TimeSeries.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a QueryResult. */
        type $Shape = {
          timeseries?: prometheus.TimeSeries.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a ReadResponse.
     * @deprecated Use prometheus.ReadResponse.$Properties instead.
     */
    interface IReadResponse extends prometheus.ReadResponse.$Properties {
    }

    /** Represents a ReadResponse. */
    class ReadResponse {

        /**
         * Constructs a new ReadResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.ReadResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ReadResponse results. */
        results: prometheus.QueryResult.$Properties[];

        /**
         * Creates a new ReadResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadResponse instance
         */
        static create(properties: prometheus.ReadResponse.$Shape): prometheus.ReadResponse & prometheus.ReadResponse.$Shape;
        static create(properties?: prometheus.ReadResponse.$Properties): prometheus.ReadResponse;

        /**
         * Encodes the specified ReadResponse message. Does not implicitly {@link prometheus.ReadResponse.verify|verify} messages.
         * @param message ReadResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.ReadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.ReadResponse & prometheus.ReadResponse.$Shape} ReadResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.ReadResponse & prometheus.ReadResponse.$Shape;

        /**
         * Creates a ReadResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ReadResponse
         */
        static fromObject(object: { [k: string]: any }): prometheus.ReadResponse;

        /**
         * Creates a plain object from a ReadResponse message. Also converts values to other types if specified.
         * @param message ReadResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.ReadResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ReadResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ReadResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ReadResponse {

        /** Properties of a ReadResponse. */
        interface $Properties {

            /** ReadResponse results */
            results?: (prometheus.QueryResult.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ReadResponse. */
        type $Shape = {
          results?: prometheus.QueryResult.$Shape[]|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a ReadChunk.
     * @deprecated Use prometheus.ReadChunk.$Properties instead.
     */
    interface IReadChunk extends prometheus.ReadChunk.$Properties {
    }

    /** Represents a ReadChunk. */
    class ReadChunk {

        /**
         * Constructs a new ReadChunk.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.ReadChunk.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ReadChunk minTimeMs. */
        minTimeMs: (number|Long);

        /** ReadChunk maxTimeMs. */
        maxTimeMs: (number|Long);

        /** ReadChunk type. */
        type: prometheus.ReadChunk.Encoding;

        /** ReadChunk data. */
        data: Uint8Array;

        /**
         * Creates a new ReadChunk instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ReadChunk instance
         */
        static create(properties: prometheus.ReadChunk.$Shape): prometheus.ReadChunk & prometheus.ReadChunk.$Shape;
        static create(properties?: prometheus.ReadChunk.$Properties): prometheus.ReadChunk;

        /**
         * Encodes the specified ReadChunk message. Does not implicitly {@link prometheus.ReadChunk.verify|verify} messages.
         * @param message ReadChunk message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.ReadChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ReadChunk message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.ReadChunk & prometheus.ReadChunk.$Shape} ReadChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.ReadChunk & prometheus.ReadChunk.$Shape;

        /**
         * Creates a ReadChunk message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ReadChunk
         */
        static fromObject(object: { [k: string]: any }): prometheus.ReadChunk;

        /**
         * Creates a plain object from a ReadChunk message. Also converts values to other types if specified.
         * @param message ReadChunk
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.ReadChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ReadChunk to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ReadChunk
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ReadChunk {

        /** Properties of a ReadChunk. */
        interface $Properties {

            /** ReadChunk minTimeMs */
            minTimeMs?: (number|Long|null);

            /** ReadChunk maxTimeMs */
            maxTimeMs?: (number|Long|null);

            /** ReadChunk type */
            type?: (prometheus.ReadChunk.Encoding|null);

            /** ReadChunk data */
            data?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ReadChunk. */
        type $Shape = prometheus.ReadChunk.$Properties;

        /** Encoding enum. */
        enum Encoding {

            /** UNKNOWN value */
            UNKNOWN = 0,

            /** XOR value */
            XOR = 1,

            /** HISTOGRAM value */
            HISTOGRAM = 2,

            /** FLOAT_HISTOGRAM value */
            FLOAT_HISTOGRAM = 3
        }
    }

    /**
     * Properties of a ChunkedSeries.
     * @deprecated Use prometheus.ChunkedSeries.$Properties instead.
     */
    interface IChunkedSeries extends prometheus.ChunkedSeries.$Properties {
    }

    /** Represents a ChunkedSeries. */
    class ChunkedSeries {

        /**
         * Constructs a new ChunkedSeries.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.ChunkedSeries.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChunkedSeries labels. */
        labels: prometheus.Label.$Properties[];

        /** ChunkedSeries chunks. */
        chunks: prometheus.ReadChunk.$Properties[];

        /**
         * Creates a new ChunkedSeries instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChunkedSeries instance
         */
        static create(properties: prometheus.ChunkedSeries.$Shape): prometheus.ChunkedSeries & prometheus.ChunkedSeries.$Shape;
        static create(properties?: prometheus.ChunkedSeries.$Properties): prometheus.ChunkedSeries;

        /**
         * Encodes the specified ChunkedSeries message. Does not implicitly {@link prometheus.ChunkedSeries.verify|verify} messages.
         * @param message ChunkedSeries message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.ChunkedSeries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChunkedSeries message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.ChunkedSeries & prometheus.ChunkedSeries.$Shape} ChunkedSeries
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.ChunkedSeries & prometheus.ChunkedSeries.$Shape;

        /**
         * Creates a ChunkedSeries message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ChunkedSeries
         */
        static fromObject(object: { [k: string]: any }): prometheus.ChunkedSeries;

        /**
         * Creates a plain object from a ChunkedSeries message. Also converts values to other types if specified.
         * @param message ChunkedSeries
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.ChunkedSeries, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ChunkedSeries to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ChunkedSeries
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ChunkedSeries {

        /** Properties of a ChunkedSeries. */
        interface $Properties {

            /** ChunkedSeries labels */
            labels?: (prometheus.Label.$Properties[]|null);

            /** ChunkedSeries chunks */
            chunks?: (prometheus.ReadChunk.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ChunkedSeries. */
        type $Shape = prometheus.ChunkedSeries.$Properties;
    }

    /**
     * Properties of a ChunkedReadResponse.
     * @deprecated Use prometheus.ChunkedReadResponse.$Properties instead.
     */
    interface IChunkedReadResponse extends prometheus.ChunkedReadResponse.$Properties {
    }

    /** Represents a ChunkedReadResponse. */
    class ChunkedReadResponse {

        /**
         * Constructs a new ChunkedReadResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: prometheus.ChunkedReadResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChunkedReadResponse chunkedSeries. */
        chunkedSeries: prometheus.ChunkedSeries.$Properties[];

        /** ChunkedReadResponse queryIndex. */
        queryIndex: (number|Long);

        /**
         * Creates a new ChunkedReadResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChunkedReadResponse instance
         */
        static create(properties: prometheus.ChunkedReadResponse.$Shape): prometheus.ChunkedReadResponse & prometheus.ChunkedReadResponse.$Shape;
        static create(properties?: prometheus.ChunkedReadResponse.$Properties): prometheus.ChunkedReadResponse;

        /**
         * Encodes the specified ChunkedReadResponse message. Does not implicitly {@link prometheus.ChunkedReadResponse.verify|verify} messages.
         * @param message ChunkedReadResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: prometheus.ChunkedReadResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChunkedReadResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {prometheus.ChunkedReadResponse & prometheus.ChunkedReadResponse.$Shape} ChunkedReadResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): prometheus.ChunkedReadResponse & prometheus.ChunkedReadResponse.$Shape;

        /**
         * Creates a ChunkedReadResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ChunkedReadResponse
         */
        static fromObject(object: { [k: string]: any }): prometheus.ChunkedReadResponse;

        /**
         * Creates a plain object from a ChunkedReadResponse message. Also converts values to other types if specified.
         * @param message ChunkedReadResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: prometheus.ChunkedReadResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ChunkedReadResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ChunkedReadResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ChunkedReadResponse {

        /** Properties of a ChunkedReadResponse. */
        interface $Properties {

            /** ChunkedReadResponse chunkedSeries */
            chunkedSeries?: (prometheus.ChunkedSeries.$Properties[]|null);

            /** ChunkedReadResponse queryIndex */
            queryIndex?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ChunkedReadResponse. */
        type $Shape = prometheus.ChunkedReadResponse.$Properties;
    }
}

/** Namespace opentelemetry. */
export namespace opentelemetry {

    /** Namespace proto. */
    namespace proto {

        /** Namespace common. */
        namespace common {

            /** Namespace v1. */
            namespace v1 {

                /**
                 * Properties of an AnyValue.
                 * @deprecated Use opentelemetry.proto.common.v1.AnyValue.$Properties instead.
                 */
                interface IAnyValue extends opentelemetry.proto.common.v1.AnyValue.$Properties {
                }

                /** Represents an AnyValue. */
                class AnyValue {

                    /**
                     * Constructs a new AnyValue.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.AnyValue.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** AnyValue stringValue. */
                    stringValue?: (string|null);

                    /** AnyValue boolValue. */
                    boolValue?: (boolean|null);

                    /** AnyValue intValue. */
                    intValue?: (number|Long|null);

                    /** AnyValue doubleValue. */
                    doubleValue?: (number|null);

                    /** AnyValue arrayValue. */
                    arrayValue?: (opentelemetry.proto.common.v1.ArrayValue.$Properties|null);

                    /** AnyValue kvlistValue. */
                    kvlistValue?: (opentelemetry.proto.common.v1.KeyValueList.$Properties|null);

                    /** AnyValue bytesValue. */
                    bytesValue?: (Uint8Array|null);

                    /** AnyValue value. */
                    value?: ("stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue");

                    /**
                     * Creates a new AnyValue instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns AnyValue instance
                     */
                    static create(properties: opentelemetry.proto.common.v1.AnyValue.$Shape): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.AnyValue.$Properties): opentelemetry.proto.common.v1.AnyValue;

                    /**
                     * Encodes the specified AnyValue message. Does not implicitly {@link opentelemetry.proto.common.v1.AnyValue.verify|verify} messages.
                     * @param message AnyValue message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.common.v1.AnyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an AnyValue message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape} AnyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.AnyValue & opentelemetry.proto.common.v1.AnyValue.$Shape;

                    /**
                     * Creates an AnyValue message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns AnyValue
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.AnyValue;

                    /**
                     * Creates a plain object from an AnyValue message. Also converts values to other types if specified.
                     * @param message AnyValue
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.common.v1.AnyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this AnyValue to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for AnyValue
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace AnyValue {

                    /** Properties of an AnyValue. */
                    interface $Properties {

                        /** AnyValue stringValue */
                        stringValue?: (string|null);

                        /** AnyValue boolValue */
                        boolValue?: (boolean|null);

                        /** AnyValue intValue */
                        intValue?: (number|Long|null);

                        /** AnyValue doubleValue */
                        doubleValue?: (number|null);

                        /** AnyValue arrayValue */
                        arrayValue?: (opentelemetry.proto.common.v1.ArrayValue.$Properties|null);

                        /** AnyValue kvlistValue */
                        kvlistValue?: (opentelemetry.proto.common.v1.KeyValueList.$Properties|null);

                        /** AnyValue bytesValue */
                        bytesValue?: (Uint8Array|null);

                        /** AnyValue value */
                        value?: ("stringValue"|"boolValue"|"intValue"|"doubleValue"|"arrayValue"|"kvlistValue"|"bytesValue");

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of an AnyValue. */
                    type $Shape = {
                      stringValue?: string|null;
                      boolValue?: boolean|null;
                      intValue?: number|Long|null;
                      doubleValue?: number|null;
                      arrayValue?: opentelemetry.proto.common.v1.ArrayValue.$Shape|null;
                      kvlistValue?: opentelemetry.proto.common.v1.KeyValueList.$Shape|null;
                      bytesValue?: Uint8Array|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ value?: undefined; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "stringValue"; stringValue: string; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "boolValue"; stringValue?: null; boolValue: boolean; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "intValue"; stringValue?: null; boolValue?: null; intValue: number|Long; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "doubleValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue: number; arrayValue?: null; kvlistValue?: null; bytesValue?: null }|{ value?: "arrayValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue: opentelemetry.proto.common.v1.ArrayValue.$Shape; kvlistValue?: null; bytesValue?: null }|{ value?: "kvlistValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue: opentelemetry.proto.common.v1.KeyValueList.$Shape; bytesValue?: null }|{ value?: "bytesValue"; stringValue?: null; boolValue?: null; intValue?: null; doubleValue?: null; arrayValue?: null; kvlistValue?: null; bytesValue: Uint8Array })
                    );
                }

                /**
                 * Properties of an ArrayValue.
                 * @deprecated Use opentelemetry.proto.common.v1.ArrayValue.$Properties instead.
                 */
                interface IArrayValue extends opentelemetry.proto.common.v1.ArrayValue.$Properties {
                }

                /** Represents an ArrayValue. */
                class ArrayValue {

                    /**
                     * Constructs a new ArrayValue.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.ArrayValue.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ArrayValue values. */
                    values: opentelemetry.proto.common.v1.AnyValue.$Properties[];

                    /**
                     * Creates a new ArrayValue instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ArrayValue instance
                     */
                    static create(properties: opentelemetry.proto.common.v1.ArrayValue.$Shape): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.ArrayValue.$Properties): opentelemetry.proto.common.v1.ArrayValue;

                    /**
                     * Encodes the specified ArrayValue message. Does not implicitly {@link opentelemetry.proto.common.v1.ArrayValue.verify|verify} messages.
                     * @param message ArrayValue message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.common.v1.ArrayValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an ArrayValue message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape} ArrayValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.ArrayValue & opentelemetry.proto.common.v1.ArrayValue.$Shape;

                    /**
                     * Creates an ArrayValue message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ArrayValue
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.ArrayValue;

                    /**
                     * Creates a plain object from an ArrayValue message. Also converts values to other types if specified.
                     * @param message ArrayValue
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.common.v1.ArrayValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ArrayValue to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for ArrayValue
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ArrayValue {

                    /** Properties of an ArrayValue. */
                    interface $Properties {

                        /** ArrayValue values */
                        values?: (opentelemetry.proto.common.v1.AnyValue.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an ArrayValue. */
                    type $Shape = {
                      values?: opentelemetry.proto.common.v1.AnyValue.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a KeyValueList.
                 * @deprecated Use opentelemetry.proto.common.v1.KeyValueList.$Properties instead.
                 */
                interface IKeyValueList extends opentelemetry.proto.common.v1.KeyValueList.$Properties {
                }

                /** Represents a KeyValueList. */
                class KeyValueList {

                    /**
                     * Constructs a new KeyValueList.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.KeyValueList.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** KeyValueList values. */
                    values: opentelemetry.proto.common.v1.KeyValue.$Properties[];

                    /**
                     * Creates a new KeyValueList instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns KeyValueList instance
                     */
                    static create(properties: opentelemetry.proto.common.v1.KeyValueList.$Shape): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.KeyValueList.$Properties): opentelemetry.proto.common.v1.KeyValueList;

                    /**
                     * Encodes the specified KeyValueList message. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValueList.verify|verify} messages.
                     * @param message KeyValueList message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.common.v1.KeyValueList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a KeyValueList message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape} KeyValueList
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.KeyValueList & opentelemetry.proto.common.v1.KeyValueList.$Shape;

                    /**
                     * Creates a KeyValueList message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns KeyValueList
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.KeyValueList;

                    /**
                     * Creates a plain object from a KeyValueList message. Also converts values to other types if specified.
                     * @param message KeyValueList
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.common.v1.KeyValueList, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this KeyValueList to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for KeyValueList
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace KeyValueList {

                    /** Properties of a KeyValueList. */
                    interface $Properties {

                        /** KeyValueList values */
                        values?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a KeyValueList. */
                    type $Shape = {
                      values?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a KeyValue.
                 * @deprecated Use opentelemetry.proto.common.v1.KeyValue.$Properties instead.
                 */
                interface IKeyValue extends opentelemetry.proto.common.v1.KeyValue.$Properties {
                }

                /** Represents a KeyValue. */
                class KeyValue {

                    /**
                     * Constructs a new KeyValue.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.KeyValue.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** KeyValue key. */
                    key: string;

                    /** KeyValue value. */
                    value?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);

                    /**
                     * Creates a new KeyValue instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns KeyValue instance
                     */
                    static create(properties: opentelemetry.proto.common.v1.KeyValue.$Shape): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.KeyValue.$Properties): opentelemetry.proto.common.v1.KeyValue;

                    /**
                     * Encodes the specified KeyValue message. Does not implicitly {@link opentelemetry.proto.common.v1.KeyValue.verify|verify} messages.
                     * @param message KeyValue message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.common.v1.KeyValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a KeyValue message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape} KeyValue
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.KeyValue & opentelemetry.proto.common.v1.KeyValue.$Shape;

                    /**
                     * Creates a KeyValue message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns KeyValue
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.KeyValue;

                    /**
                     * Creates a plain object from a KeyValue message. Also converts values to other types if specified.
                     * @param message KeyValue
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.common.v1.KeyValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this KeyValue to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for KeyValue
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace KeyValue {

                    /** Properties of a KeyValue. */
                    interface $Properties {

                        /** KeyValue key */
                        key?: (string|null);

                        /** KeyValue value */
                        value?: (opentelemetry.proto.common.v1.AnyValue.$Properties|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a KeyValue. */
                    type $Shape = {
                      key?: string|null;
                      value?: opentelemetry.proto.common.v1.AnyValue.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of an InstrumentationScope.
                 * @deprecated Use opentelemetry.proto.common.v1.InstrumentationScope.$Properties instead.
                 */
                interface IInstrumentationScope extends opentelemetry.proto.common.v1.InstrumentationScope.$Properties {
                }

                /** Represents an InstrumentationScope. */
                class InstrumentationScope {

                    /**
                     * Constructs a new InstrumentationScope.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.common.v1.InstrumentationScope.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** InstrumentationScope name. */
                    name: string;

                    /** InstrumentationScope version. */
                    version: string;

                    /** InstrumentationScope attributes. */
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];

                    /** InstrumentationScope droppedAttributesCount. */
                    droppedAttributesCount: number;

                    /**
                     * Creates a new InstrumentationScope instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns InstrumentationScope instance
                     */
                    static create(properties: opentelemetry.proto.common.v1.InstrumentationScope.$Shape): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;
                    static create(properties?: opentelemetry.proto.common.v1.InstrumentationScope.$Properties): opentelemetry.proto.common.v1.InstrumentationScope;

                    /**
                     * Encodes the specified InstrumentationScope message. Does not implicitly {@link opentelemetry.proto.common.v1.InstrumentationScope.verify|verify} messages.
                     * @param message InstrumentationScope message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.common.v1.InstrumentationScope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an InstrumentationScope message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape} InstrumentationScope
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.common.v1.InstrumentationScope & opentelemetry.proto.common.v1.InstrumentationScope.$Shape;

                    /**
                     * Creates an InstrumentationScope message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns InstrumentationScope
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.common.v1.InstrumentationScope;

                    /**
                     * Creates a plain object from an InstrumentationScope message. Also converts values to other types if specified.
                     * @param message InstrumentationScope
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.common.v1.InstrumentationScope, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this InstrumentationScope to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for InstrumentationScope
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace InstrumentationScope {

                    /** Properties of an InstrumentationScope. */
                    interface $Properties {

                        /** InstrumentationScope name */
                        name?: (string|null);

                        /** InstrumentationScope version */
                        version?: (string|null);

                        /** InstrumentationScope attributes */
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);

                        /** InstrumentationScope droppedAttributesCount */
                        droppedAttributesCount?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an InstrumentationScope. */
                    type $Shape = {
                      name?: string|null;
                      version?: string|null;
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      droppedAttributesCount?: number|null;
                      $unknowns?: Uint8Array[];
                    };
                }
            }
        }

        /** Namespace metrics. */
        namespace metrics {

            /** Namespace v1. */
            namespace v1 {

                /**
                 * Properties of a MetricsData.
                 * @deprecated Use opentelemetry.proto.metrics.v1.MetricsData.$Properties instead.
                 */
                interface IMetricsData extends opentelemetry.proto.metrics.v1.MetricsData.$Properties {
                }

                /** Represents a MetricsData. */
                class MetricsData {

                    /**
                     * Constructs a new MetricsData.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.metrics.v1.MetricsData.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** MetricsData resourceMetrics. */
                    resourceMetrics: opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties[];

                    /**
                     * Creates a new MetricsData instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns MetricsData instance
                     */
                    static create(properties: opentelemetry.proto.metrics.v1.MetricsData.$Shape): opentelemetry.proto.metrics.v1.MetricsData & opentelemetry.proto.metrics.v1.MetricsData.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.MetricsData.$Properties): opentelemetry.proto.metrics.v1.MetricsData;

                    /**
                     * Encodes the specified MetricsData message. Does not implicitly {@link opentelemetry.proto.metrics.v1.MetricsData.verify|verify} messages.
                     * @param message MetricsData message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.metrics.v1.MetricsData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a MetricsData message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.MetricsData & opentelemetry.proto.metrics.v1.MetricsData.$Shape} MetricsData
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.MetricsData & opentelemetry.proto.metrics.v1.MetricsData.$Shape;

                    /**
                     * Creates a MetricsData message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns MetricsData
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.MetricsData;

                    /**
                     * Creates a plain object from a MetricsData message. Also converts values to other types if specified.
                     * @param message MetricsData
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.metrics.v1.MetricsData, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this MetricsData to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for MetricsData
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace MetricsData {

                    /** Properties of a MetricsData. */
                    interface $Properties {

                        /** MetricsData resourceMetrics */
                        resourceMetrics?: (opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a MetricsData. */
                    type $Shape = {
                      resourceMetrics?: opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a ResourceMetrics.
                 * @deprecated Use opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties instead.
                 */
                interface IResourceMetrics extends opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties {
                }

                /** Represents a ResourceMetrics. */
                class ResourceMetrics {

                    /**
                     * Constructs a new ResourceMetrics.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ResourceMetrics resource. */
                    resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);

                    /** ResourceMetrics scopeMetrics. */
                    scopeMetrics: opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties[];

                    /** ResourceMetrics schemaUrl. */
                    schemaUrl: string;

                    /**
                     * Creates a new ResourceMetrics instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ResourceMetrics instance
                     */
                    static create(properties: opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape): opentelemetry.proto.metrics.v1.ResourceMetrics & opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties): opentelemetry.proto.metrics.v1.ResourceMetrics;

                    /**
                     * Encodes the specified ResourceMetrics message. Does not implicitly {@link opentelemetry.proto.metrics.v1.ResourceMetrics.verify|verify} messages.
                     * @param message ResourceMetrics message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ResourceMetrics message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.ResourceMetrics & opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape} ResourceMetrics
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.ResourceMetrics & opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape;

                    /**
                     * Creates a ResourceMetrics message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ResourceMetrics
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.ResourceMetrics;

                    /**
                     * Creates a plain object from a ResourceMetrics message. Also converts values to other types if specified.
                     * @param message ResourceMetrics
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.metrics.v1.ResourceMetrics, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ResourceMetrics to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for ResourceMetrics
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ResourceMetrics {

                    /** Properties of a ResourceMetrics. */
                    interface $Properties {

                        /** ResourceMetrics resource */
                        resource?: (opentelemetry.proto.resource.v1.Resource.$Properties|null);

                        /** ResourceMetrics scopeMetrics */
                        scopeMetrics?: (opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties[]|null);

                        /** ResourceMetrics schemaUrl */
                        schemaUrl?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ResourceMetrics. */
                    type $Shape = {
                      resource?: opentelemetry.proto.resource.v1.Resource.$Shape|null;
                      scopeMetrics?: opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape[]|null;
                      schemaUrl?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a ScopeMetrics.
                 * @deprecated Use opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties instead.
                 */
                interface IScopeMetrics extends opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties {
                }

                /** Represents a ScopeMetrics. */
                class ScopeMetrics {

                    /**
                     * Constructs a new ScopeMetrics.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ScopeMetrics scope. */
                    scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);

                    /** ScopeMetrics metrics. */
                    metrics: opentelemetry.proto.metrics.v1.Metric.$Properties[];

                    /** ScopeMetrics schemaUrl. */
                    schemaUrl: string;

                    /**
                     * Creates a new ScopeMetrics instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ScopeMetrics instance
                     */
                    static create(properties: opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape): opentelemetry.proto.metrics.v1.ScopeMetrics & opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties): opentelemetry.proto.metrics.v1.ScopeMetrics;

                    /**
                     * Encodes the specified ScopeMetrics message. Does not implicitly {@link opentelemetry.proto.metrics.v1.ScopeMetrics.verify|verify} messages.
                     * @param message ScopeMetrics message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.metrics.v1.ScopeMetrics.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a ScopeMetrics message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.ScopeMetrics & opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape} ScopeMetrics
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.ScopeMetrics & opentelemetry.proto.metrics.v1.ScopeMetrics.$Shape;

                    /**
                     * Creates a ScopeMetrics message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ScopeMetrics
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.ScopeMetrics;

                    /**
                     * Creates a plain object from a ScopeMetrics message. Also converts values to other types if specified.
                     * @param message ScopeMetrics
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.metrics.v1.ScopeMetrics, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ScopeMetrics to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for ScopeMetrics
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ScopeMetrics {

                    /** Properties of a ScopeMetrics. */
                    interface $Properties {

                        /** ScopeMetrics scope */
                        scope?: (opentelemetry.proto.common.v1.InstrumentationScope.$Properties|null);

                        /** ScopeMetrics metrics */
                        metrics?: (opentelemetry.proto.metrics.v1.Metric.$Properties[]|null);

                        /** ScopeMetrics schemaUrl */
                        schemaUrl?: (string|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a ScopeMetrics. */
                    type $Shape = {
                      scope?: opentelemetry.proto.common.v1.InstrumentationScope.$Shape|null;
                      metrics?: opentelemetry.proto.metrics.v1.Metric.$Shape[]|null;
                      schemaUrl?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a Metric.
                 * @deprecated Use opentelemetry.proto.metrics.v1.Metric.$Properties instead.
                 */
                interface IMetric extends opentelemetry.proto.metrics.v1.Metric.$Properties {
                }

                /** Represents a Metric. */
                class Metric {

                    /**
                     * Constructs a new Metric.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.metrics.v1.Metric.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Metric name. */
                    name: string;

                    /** Metric description. */
                    description: string;

                    /** Metric unit. */
                    unit: string;

                    /** Metric gauge. */
                    gauge?: (opentelemetry.proto.metrics.v1.Gauge.$Properties|null);

                    /** Metric sum. */
                    sum?: (opentelemetry.proto.metrics.v1.Sum.$Properties|null);

                    /** Metric histogram. */
                    histogram?: (opentelemetry.proto.metrics.v1.Histogram.$Properties|null);

                    /** Metric exponentialHistogram. */
                    exponentialHistogram?: (opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties|null);

                    /** Metric summary. */
                    summary?: (opentelemetry.proto.metrics.v1.Summary.$Properties|null);

                    /** Metric metadata. */
                    metadata: opentelemetry.proto.common.v1.KeyValue.$Properties[];

                    /** Metric data. */
                    data?: ("gauge"|"sum"|"histogram"|"exponentialHistogram"|"summary");

                    /**
                     * Creates a new Metric instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Metric instance
                     */
                    static create(properties: opentelemetry.proto.metrics.v1.Metric.$Shape): opentelemetry.proto.metrics.v1.Metric & opentelemetry.proto.metrics.v1.Metric.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Metric.$Properties): opentelemetry.proto.metrics.v1.Metric;

                    /**
                     * Encodes the specified Metric message. Does not implicitly {@link opentelemetry.proto.metrics.v1.Metric.verify|verify} messages.
                     * @param message Metric message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.metrics.v1.Metric.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Metric message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.Metric & opentelemetry.proto.metrics.v1.Metric.$Shape} Metric
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.Metric & opentelemetry.proto.metrics.v1.Metric.$Shape;

                    /**
                     * Creates a Metric message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Metric
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.Metric;

                    /**
                     * Creates a plain object from a Metric message. Also converts values to other types if specified.
                     * @param message Metric
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.metrics.v1.Metric, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Metric to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Metric
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Metric {

                    /** Properties of a Metric. */
                    interface $Properties {

                        /** Metric name */
                        name?: (string|null);

                        /** Metric description */
                        description?: (string|null);

                        /** Metric unit */
                        unit?: (string|null);

                        /** Metric gauge */
                        gauge?: (opentelemetry.proto.metrics.v1.Gauge.$Properties|null);

                        /** Metric sum */
                        sum?: (opentelemetry.proto.metrics.v1.Sum.$Properties|null);

                        /** Metric histogram */
                        histogram?: (opentelemetry.proto.metrics.v1.Histogram.$Properties|null);

                        /** Metric exponentialHistogram */
                        exponentialHistogram?: (opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties|null);

                        /** Metric summary */
                        summary?: (opentelemetry.proto.metrics.v1.Summary.$Properties|null);

                        /** Metric metadata */
                        metadata?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);

                        /** Metric data */
                        data?: ("gauge"|"sum"|"histogram"|"exponentialHistogram"|"summary");

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of a Metric. */
                    type $Shape = {
                      name?: string|null;
                      description?: string|null;
                      unit?: string|null;
                      gauge?: opentelemetry.proto.metrics.v1.Gauge.$Shape|null;
                      sum?: opentelemetry.proto.metrics.v1.Sum.$Shape|null;
                      histogram?: opentelemetry.proto.metrics.v1.Histogram.$Shape|null;
                      exponentialHistogram?: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape|null;
                      summary?: opentelemetry.proto.metrics.v1.Summary.$Shape|null;
                      metadata?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ data?: undefined; gauge?: null; sum?: null; histogram?: null; exponentialHistogram?: null; summary?: null }|{ data?: "gauge"; gauge: opentelemetry.proto.metrics.v1.Gauge.$Shape; sum?: null; histogram?: null; exponentialHistogram?: null; summary?: null }|{ data?: "sum"; gauge?: null; sum: opentelemetry.proto.metrics.v1.Sum.$Shape; histogram?: null; exponentialHistogram?: null; summary?: null }|{ data?: "histogram"; gauge?: null; sum?: null; histogram: opentelemetry.proto.metrics.v1.Histogram.$Shape; exponentialHistogram?: null; summary?: null }|{ data?: "exponentialHistogram"; gauge?: null; sum?: null; histogram?: null; exponentialHistogram: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape; summary?: null }|{ data?: "summary"; gauge?: null; sum?: null; histogram?: null; exponentialHistogram?: null; summary: opentelemetry.proto.metrics.v1.Summary.$Shape })
                    );
                }

                /**
                 * Properties of a Gauge.
                 * @deprecated Use opentelemetry.proto.metrics.v1.Gauge.$Properties instead.
                 */
                interface IGauge extends opentelemetry.proto.metrics.v1.Gauge.$Properties {
                }

                /** Represents a Gauge. */
                class Gauge {

                    /**
                     * Constructs a new Gauge.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.metrics.v1.Gauge.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Gauge dataPoints. */
                    dataPoints: opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties[];

                    /**
                     * Creates a new Gauge instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Gauge instance
                     */
                    static create(properties: opentelemetry.proto.metrics.v1.Gauge.$Shape): opentelemetry.proto.metrics.v1.Gauge & opentelemetry.proto.metrics.v1.Gauge.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Gauge.$Properties): opentelemetry.proto.metrics.v1.Gauge;

                    /**
                     * Encodes the specified Gauge message. Does not implicitly {@link opentelemetry.proto.metrics.v1.Gauge.verify|verify} messages.
                     * @param message Gauge message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.metrics.v1.Gauge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Gauge message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.Gauge & opentelemetry.proto.metrics.v1.Gauge.$Shape} Gauge
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.Gauge & opentelemetry.proto.metrics.v1.Gauge.$Shape;

                    /**
                     * Creates a Gauge message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Gauge
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.Gauge;

                    /**
                     * Creates a plain object from a Gauge message. Also converts values to other types if specified.
                     * @param message Gauge
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.metrics.v1.Gauge, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Gauge to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Gauge
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Gauge {

                    /** Properties of a Gauge. */
                    interface $Properties {

                        /** Gauge dataPoints */
                        dataPoints?: (opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Gauge. */
                    type $Shape = {
                      dataPoints?: opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a Sum.
                 * @deprecated Use opentelemetry.proto.metrics.v1.Sum.$Properties instead.
                 */
                interface ISum extends opentelemetry.proto.metrics.v1.Sum.$Properties {
                }

                /** Represents a Sum. */
                class Sum {

                    /**
                     * Constructs a new Sum.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.metrics.v1.Sum.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Sum dataPoints. */
                    dataPoints: opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties[];

                    /** Sum aggregationTemporality. */
                    aggregationTemporality: opentelemetry.proto.metrics.v1.AggregationTemporality;

                    /** Sum isMonotonic. */
                    isMonotonic: boolean;

                    /**
                     * Creates a new Sum instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Sum instance
                     */
                    static create(properties: opentelemetry.proto.metrics.v1.Sum.$Shape): opentelemetry.proto.metrics.v1.Sum & opentelemetry.proto.metrics.v1.Sum.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Sum.$Properties): opentelemetry.proto.metrics.v1.Sum;

                    /**
                     * Encodes the specified Sum message. Does not implicitly {@link opentelemetry.proto.metrics.v1.Sum.verify|verify} messages.
                     * @param message Sum message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.metrics.v1.Sum.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Sum message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.Sum & opentelemetry.proto.metrics.v1.Sum.$Shape} Sum
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.Sum & opentelemetry.proto.metrics.v1.Sum.$Shape;

                    /**
                     * Creates a Sum message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Sum
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.Sum;

                    /**
                     * Creates a plain object from a Sum message. Also converts values to other types if specified.
                     * @param message Sum
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.metrics.v1.Sum, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Sum to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Sum
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Sum {

                    /** Properties of a Sum. */
                    interface $Properties {

                        /** Sum dataPoints */
                        dataPoints?: (opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties[]|null);

                        /** Sum aggregationTemporality */
                        aggregationTemporality?: (opentelemetry.proto.metrics.v1.AggregationTemporality|null);

                        /** Sum isMonotonic */
                        isMonotonic?: (boolean|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Sum. */
                    type $Shape = {
                      dataPoints?: opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape[]|null;
                      aggregationTemporality?: opentelemetry.proto.metrics.v1.AggregationTemporality|null;
                      isMonotonic?: boolean|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a Histogram.
                 * @deprecated Use opentelemetry.proto.metrics.v1.Histogram.$Properties instead.
                 */
                interface IHistogram extends opentelemetry.proto.metrics.v1.Histogram.$Properties {
                }

                /** Represents a Histogram. */
                class Histogram {

                    /**
                     * Constructs a new Histogram.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.metrics.v1.Histogram.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Histogram dataPoints. */
                    dataPoints: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties[];

                    /** Histogram aggregationTemporality. */
                    aggregationTemporality: opentelemetry.proto.metrics.v1.AggregationTemporality;

                    /**
                     * Creates a new Histogram instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Histogram instance
                     */
                    static create(properties: opentelemetry.proto.metrics.v1.Histogram.$Shape): opentelemetry.proto.metrics.v1.Histogram & opentelemetry.proto.metrics.v1.Histogram.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Histogram.$Properties): opentelemetry.proto.metrics.v1.Histogram;

                    /**
                     * Encodes the specified Histogram message. Does not implicitly {@link opentelemetry.proto.metrics.v1.Histogram.verify|verify} messages.
                     * @param message Histogram message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.metrics.v1.Histogram.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Histogram message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.Histogram & opentelemetry.proto.metrics.v1.Histogram.$Shape} Histogram
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.Histogram & opentelemetry.proto.metrics.v1.Histogram.$Shape;

                    /**
                     * Creates a Histogram message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Histogram
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.Histogram;

                    /**
                     * Creates a plain object from a Histogram message. Also converts values to other types if specified.
                     * @param message Histogram
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.metrics.v1.Histogram, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Histogram to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Histogram
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Histogram {

                    /** Properties of a Histogram. */
                    interface $Properties {

                        /** Histogram dataPoints */
                        dataPoints?: (opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties[]|null);

                        /** Histogram aggregationTemporality */
                        aggregationTemporality?: (opentelemetry.proto.metrics.v1.AggregationTemporality|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Histogram. */
                    type $Shape = {
                      dataPoints?: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape[]|null;
                      aggregationTemporality?: opentelemetry.proto.metrics.v1.AggregationTemporality|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of an ExponentialHistogram.
                 * @deprecated Use opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties instead.
                 */
                interface IExponentialHistogram extends opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties {
                }

                /** Represents an ExponentialHistogram. */
                class ExponentialHistogram {

                    /**
                     * Constructs a new ExponentialHistogram.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ExponentialHistogram dataPoints. */
                    dataPoints: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties[];

                    /** ExponentialHistogram aggregationTemporality. */
                    aggregationTemporality: opentelemetry.proto.metrics.v1.AggregationTemporality;

                    /**
                     * Creates a new ExponentialHistogram instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ExponentialHistogram instance
                     */
                    static create(properties: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape): opentelemetry.proto.metrics.v1.ExponentialHistogram & opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties): opentelemetry.proto.metrics.v1.ExponentialHistogram;

                    /**
                     * Encodes the specified ExponentialHistogram message. Does not implicitly {@link opentelemetry.proto.metrics.v1.ExponentialHistogram.verify|verify} messages.
                     * @param message ExponentialHistogram message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.metrics.v1.ExponentialHistogram.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an ExponentialHistogram message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.ExponentialHistogram & opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape} ExponentialHistogram
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.ExponentialHistogram & opentelemetry.proto.metrics.v1.ExponentialHistogram.$Shape;

                    /**
                     * Creates an ExponentialHistogram message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ExponentialHistogram
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.ExponentialHistogram;

                    /**
                     * Creates a plain object from an ExponentialHistogram message. Also converts values to other types if specified.
                     * @param message ExponentialHistogram
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.metrics.v1.ExponentialHistogram, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ExponentialHistogram to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for ExponentialHistogram
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ExponentialHistogram {

                    /** Properties of an ExponentialHistogram. */
                    interface $Properties {

                        /** ExponentialHistogram dataPoints */
                        dataPoints?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties[]|null);

                        /** ExponentialHistogram aggregationTemporality */
                        aggregationTemporality?: (opentelemetry.proto.metrics.v1.AggregationTemporality|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an ExponentialHistogram. */
                    type $Shape = {
                      dataPoints?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape[]|null;
                      aggregationTemporality?: opentelemetry.proto.metrics.v1.AggregationTemporality|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a Summary.
                 * @deprecated Use opentelemetry.proto.metrics.v1.Summary.$Properties instead.
                 */
                interface ISummary extends opentelemetry.proto.metrics.v1.Summary.$Properties {
                }

                /** Represents a Summary. */
                class Summary {

                    /**
                     * Constructs a new Summary.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.metrics.v1.Summary.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Summary dataPoints. */
                    dataPoints: opentelemetry.proto.metrics.v1.SummaryDataPoint.$Properties[];

                    /**
                     * Creates a new Summary instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Summary instance
                     */
                    static create(properties: opentelemetry.proto.metrics.v1.Summary.$Shape): opentelemetry.proto.metrics.v1.Summary & opentelemetry.proto.metrics.v1.Summary.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Summary.$Properties): opentelemetry.proto.metrics.v1.Summary;

                    /**
                     * Encodes the specified Summary message. Does not implicitly {@link opentelemetry.proto.metrics.v1.Summary.verify|verify} messages.
                     * @param message Summary message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.metrics.v1.Summary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Summary message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.Summary & opentelemetry.proto.metrics.v1.Summary.$Shape} Summary
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.Summary & opentelemetry.proto.metrics.v1.Summary.$Shape;

                    /**
                     * Creates a Summary message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Summary
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.Summary;

                    /**
                     * Creates a plain object from a Summary message. Also converts values to other types if specified.
                     * @param message Summary
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.metrics.v1.Summary, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Summary to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Summary
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Summary {

                    /** Properties of a Summary. */
                    interface $Properties {

                        /** Summary dataPoints */
                        dataPoints?: (opentelemetry.proto.metrics.v1.SummaryDataPoint.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Summary. */
                    type $Shape = {
                      dataPoints?: opentelemetry.proto.metrics.v1.SummaryDataPoint.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /** AggregationTemporality enum. */
                enum AggregationTemporality {

                    /** AGGREGATION_TEMPORALITY_UNSPECIFIED value */
                    AGGREGATION_TEMPORALITY_UNSPECIFIED = 0,

                    /** AGGREGATION_TEMPORALITY_DELTA value */
                    AGGREGATION_TEMPORALITY_DELTA = 1,

                    /** AGGREGATION_TEMPORALITY_CUMULATIVE value */
                    AGGREGATION_TEMPORALITY_CUMULATIVE = 2
                }

                /** DataPointFlags enum. */
                enum DataPointFlags {

                    /** DATA_POINT_FLAGS_DO_NOT_USE value */
                    DATA_POINT_FLAGS_DO_NOT_USE = 0,

                    /** DATA_POINT_FLAGS_NO_RECORDED_VALUE_MASK value */
                    DATA_POINT_FLAGS_NO_RECORDED_VALUE_MASK = 1
                }

                /**
                 * Properties of a NumberDataPoint.
                 * @deprecated Use opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties instead.
                 */
                interface INumberDataPoint extends opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties {
                }

                /** Represents a NumberDataPoint. */
                class NumberDataPoint {

                    /**
                     * Constructs a new NumberDataPoint.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** NumberDataPoint attributes. */
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];

                    /** NumberDataPoint startTimeUnixNano. */
                    startTimeUnixNano: (number|Long);

                    /** NumberDataPoint timeUnixNano. */
                    timeUnixNano: (number|Long);

                    /** NumberDataPoint asDouble. */
                    asDouble?: (number|null);

                    /** NumberDataPoint asInt. */
                    asInt?: (number|Long|null);

                    /** NumberDataPoint exemplars. */
                    exemplars: opentelemetry.proto.metrics.v1.Exemplar.$Properties[];

                    /** NumberDataPoint flags. */
                    flags: number;

                    /** NumberDataPoint value. */
                    value?: ("asDouble"|"asInt");

                    /**
                     * Creates a new NumberDataPoint instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns NumberDataPoint instance
                     */
                    static create(properties: opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape): opentelemetry.proto.metrics.v1.NumberDataPoint & opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties): opentelemetry.proto.metrics.v1.NumberDataPoint;

                    /**
                     * Encodes the specified NumberDataPoint message. Does not implicitly {@link opentelemetry.proto.metrics.v1.NumberDataPoint.verify|verify} messages.
                     * @param message NumberDataPoint message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.metrics.v1.NumberDataPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a NumberDataPoint message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.NumberDataPoint & opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape} NumberDataPoint
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.NumberDataPoint & opentelemetry.proto.metrics.v1.NumberDataPoint.$Shape;

                    /**
                     * Creates a NumberDataPoint message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns NumberDataPoint
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.NumberDataPoint;

                    /**
                     * Creates a plain object from a NumberDataPoint message. Also converts values to other types if specified.
                     * @param message NumberDataPoint
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.metrics.v1.NumberDataPoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this NumberDataPoint to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for NumberDataPoint
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace NumberDataPoint {

                    /** Properties of a NumberDataPoint. */
                    interface $Properties {

                        /** NumberDataPoint attributes */
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);

                        /** NumberDataPoint startTimeUnixNano */
                        startTimeUnixNano?: (number|Long|null);

                        /** NumberDataPoint timeUnixNano */
                        timeUnixNano?: (number|Long|null);

                        /** NumberDataPoint asDouble */
                        asDouble?: (number|null);

                        /** NumberDataPoint asInt */
                        asInt?: (number|Long|null);

                        /** NumberDataPoint exemplars */
                        exemplars?: (opentelemetry.proto.metrics.v1.Exemplar.$Properties[]|null);

                        /** NumberDataPoint flags */
                        flags?: (number|null);

                        /** NumberDataPoint value */
                        value?: ("asDouble"|"asInt");

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of a NumberDataPoint. */
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      startTimeUnixNano?: number|Long|null;
                      timeUnixNano?: number|Long|null;
                      asDouble?: number|null;
                      asInt?: number|Long|null;
                      exemplars?: opentelemetry.proto.metrics.v1.Exemplar.$Shape[]|null;
                      flags?: number|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ value?: undefined; asDouble?: null; asInt?: null }|{ value?: "asDouble"; asDouble: number; asInt?: null }|{ value?: "asInt"; asDouble?: null; asInt: number|Long })
                    );
                }

                /**
                 * Properties of a HistogramDataPoint.
                 * @deprecated Use opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties instead.
                 */
                interface IHistogramDataPoint extends opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties {
                }

                /** Represents a HistogramDataPoint. */
                class HistogramDataPoint {

                    /**
                     * Constructs a new HistogramDataPoint.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** HistogramDataPoint attributes. */
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];

                    /** HistogramDataPoint startTimeUnixNano. */
                    startTimeUnixNano: (number|Long);

                    /** HistogramDataPoint timeUnixNano. */
                    timeUnixNano: (number|Long);

                    /** HistogramDataPoint count. */
                    count: (number|Long);

                    /** HistogramDataPoint sum. */
                    sum?: (number|null);

                    /** HistogramDataPoint bucketCounts. */
                    bucketCounts: (number|Long)[];

                    /** HistogramDataPoint explicitBounds. */
                    explicitBounds: number[];

                    /** HistogramDataPoint exemplars. */
                    exemplars: opentelemetry.proto.metrics.v1.Exemplar.$Properties[];

                    /** HistogramDataPoint flags. */
                    flags: number;

                    /** HistogramDataPoint min. */
                    min?: (number|null);

                    /** HistogramDataPoint max. */
                    max?: (number|null);

                    /**
                     * Creates a new HistogramDataPoint instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns HistogramDataPoint instance
                     */
                    static create(properties: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape): opentelemetry.proto.metrics.v1.HistogramDataPoint & opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties): opentelemetry.proto.metrics.v1.HistogramDataPoint;

                    /**
                     * Encodes the specified HistogramDataPoint message. Does not implicitly {@link opentelemetry.proto.metrics.v1.HistogramDataPoint.verify|verify} messages.
                     * @param message HistogramDataPoint message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.metrics.v1.HistogramDataPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a HistogramDataPoint message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.HistogramDataPoint & opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape} HistogramDataPoint
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.HistogramDataPoint & opentelemetry.proto.metrics.v1.HistogramDataPoint.$Shape;

                    /**
                     * Creates a HistogramDataPoint message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns HistogramDataPoint
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.HistogramDataPoint;

                    /**
                     * Creates a plain object from a HistogramDataPoint message. Also converts values to other types if specified.
                     * @param message HistogramDataPoint
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.metrics.v1.HistogramDataPoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this HistogramDataPoint to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for HistogramDataPoint
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace HistogramDataPoint {

                    /** Properties of a HistogramDataPoint. */
                    interface $Properties {

                        /** HistogramDataPoint attributes */
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);

                        /** HistogramDataPoint startTimeUnixNano */
                        startTimeUnixNano?: (number|Long|null);

                        /** HistogramDataPoint timeUnixNano */
                        timeUnixNano?: (number|Long|null);

                        /** HistogramDataPoint count */
                        count?: (number|Long|null);

                        /** HistogramDataPoint sum */
                        sum?: (number|null);

                        /** HistogramDataPoint bucketCounts */
                        bucketCounts?: ((number|Long)[]|null);

                        /** HistogramDataPoint explicitBounds */
                        explicitBounds?: (number[]|null);

                        /** HistogramDataPoint exemplars */
                        exemplars?: (opentelemetry.proto.metrics.v1.Exemplar.$Properties[]|null);

                        /** HistogramDataPoint flags */
                        flags?: (number|null);

                        /** HistogramDataPoint min */
                        min?: (number|null);

                        /** HistogramDataPoint max */
                        max?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a HistogramDataPoint. */
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      startTimeUnixNano?: number|Long|null;
                      timeUnixNano?: number|Long|null;
                      count?: number|Long|null;
                      sum?: number|null;
                      bucketCounts?: (number|Long)[]|null;
                      explicitBounds?: number[]|null;
                      exemplars?: opentelemetry.proto.metrics.v1.Exemplar.$Shape[]|null;
                      flags?: number|null;
                      min?: number|null;
                      max?: number|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of an ExponentialHistogramDataPoint.
                 * @deprecated Use opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties instead.
                 */
                interface IExponentialHistogramDataPoint extends opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties {
                }

                /** Represents an ExponentialHistogramDataPoint. */
                class ExponentialHistogramDataPoint {

                    /**
                     * Constructs a new ExponentialHistogramDataPoint.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** ExponentialHistogramDataPoint attributes. */
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];

                    /** ExponentialHistogramDataPoint startTimeUnixNano. */
                    startTimeUnixNano: (number|Long);

                    /** ExponentialHistogramDataPoint timeUnixNano. */
                    timeUnixNano: (number|Long);

                    /** ExponentialHistogramDataPoint count. */
                    count: (number|Long);

                    /** ExponentialHistogramDataPoint sum. */
                    sum?: (number|null);

                    /** ExponentialHistogramDataPoint scale. */
                    scale: number;

                    /** ExponentialHistogramDataPoint zeroCount. */
                    zeroCount: (number|Long);

                    /** ExponentialHistogramDataPoint positive. */
                    positive?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null);

                    /** ExponentialHistogramDataPoint negative. */
                    negative?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null);

                    /** ExponentialHistogramDataPoint flags. */
                    flags: number;

                    /** ExponentialHistogramDataPoint exemplars. */
                    exemplars: opentelemetry.proto.metrics.v1.Exemplar.$Properties[];

                    /** ExponentialHistogramDataPoint min. */
                    min?: (number|null);

                    /** ExponentialHistogramDataPoint max. */
                    max?: (number|null);

                    /** ExponentialHistogramDataPoint zeroThreshold. */
                    zeroThreshold: number;

                    /**
                     * Creates a new ExponentialHistogramDataPoint instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns ExponentialHistogramDataPoint instance
                     */
                    static create(properties: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;

                    /**
                     * Encodes the specified ExponentialHistogramDataPoint message. Does not implicitly {@link opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.verify|verify} messages.
                     * @param message ExponentialHistogramDataPoint message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an ExponentialHistogramDataPoint message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape} ExponentialHistogramDataPoint
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.$Shape;

                    /**
                     * Creates an ExponentialHistogramDataPoint message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns ExponentialHistogramDataPoint
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;

                    /**
                     * Creates a plain object from an ExponentialHistogramDataPoint message. Also converts values to other types if specified.
                     * @param message ExponentialHistogramDataPoint
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this ExponentialHistogramDataPoint to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for ExponentialHistogramDataPoint
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace ExponentialHistogramDataPoint {

                    /** Properties of an ExponentialHistogramDataPoint. */
                    interface $Properties {

                        /** ExponentialHistogramDataPoint attributes */
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);

                        /** ExponentialHistogramDataPoint startTimeUnixNano */
                        startTimeUnixNano?: (number|Long|null);

                        /** ExponentialHistogramDataPoint timeUnixNano */
                        timeUnixNano?: (number|Long|null);

                        /** ExponentialHistogramDataPoint count */
                        count?: (number|Long|null);

                        /** ExponentialHistogramDataPoint sum */
                        sum?: (number|null);

                        /** ExponentialHistogramDataPoint scale */
                        scale?: (number|null);

                        /** ExponentialHistogramDataPoint zeroCount */
                        zeroCount?: (number|Long|null);

                        /** ExponentialHistogramDataPoint positive */
                        positive?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null);

                        /** ExponentialHistogramDataPoint negative */
                        negative?: (opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties|null);

                        /** ExponentialHistogramDataPoint flags */
                        flags?: (number|null);

                        /** ExponentialHistogramDataPoint exemplars */
                        exemplars?: (opentelemetry.proto.metrics.v1.Exemplar.$Properties[]|null);

                        /** ExponentialHistogramDataPoint min */
                        min?: (number|null);

                        /** ExponentialHistogramDataPoint max */
                        max?: (number|null);

                        /** ExponentialHistogramDataPoint zeroThreshold */
                        zeroThreshold?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an ExponentialHistogramDataPoint. */
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      startTimeUnixNano?: number|Long|null;
                      timeUnixNano?: number|Long|null;
                      count?: number|Long|null;
                      sum?: number|null;
                      scale?: number|null;
                      zeroCount?: number|Long|null;
                      positive?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape|null;
                      negative?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape|null;
                      flags?: number|null;
                      exemplars?: opentelemetry.proto.metrics.v1.Exemplar.$Shape[]|null;
                      min?: number|null;
                      max?: number|null;
                      zeroThreshold?: number|null;
                      $unknowns?: Uint8Array[];
                    };

                    /**
                     * Properties of a Buckets.
                     * @deprecated Use opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties instead.
                     */
                    interface IBuckets extends opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties {
                    }

                    /** Represents a Buckets. */
                    class Buckets {

                        /**
                         * Constructs a new Buckets.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** Buckets offset. */
                        offset: number;

                        /** Buckets bucketCounts. */
                        bucketCounts: (number|Long)[];

                        /**
                         * Creates a new Buckets instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns Buckets instance
                         */
                        static create(properties: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape;
                        static create(properties?: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets;

                        /**
                         * Encodes the specified Buckets message. Does not implicitly {@link opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.verify|verify} messages.
                         * @param message Buckets message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a Buckets message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape} Buckets
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets & opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Shape;

                        /**
                         * Creates a Buckets message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns Buckets
                         */
                        static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets;

                        /**
                         * Creates a plain object from a Buckets message. Also converts values to other types if specified.
                         * @param message Buckets
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this Buckets to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for Buckets
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace Buckets {

                        /** Properties of a Buckets. */
                        interface $Properties {

                            /** Buckets offset */
                            offset?: (number|null);

                            /** Buckets bucketCounts */
                            bucketCounts?: ((number|Long)[]|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a Buckets. */
                        type $Shape = opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.$Properties;
                    }
                }

                /**
                 * Properties of a SummaryDataPoint.
                 * @deprecated Use opentelemetry.proto.metrics.v1.SummaryDataPoint.$Properties instead.
                 */
                interface ISummaryDataPoint extends opentelemetry.proto.metrics.v1.SummaryDataPoint.$Properties {
                }

                /** Represents a SummaryDataPoint. */
                class SummaryDataPoint {

                    /**
                     * Constructs a new SummaryDataPoint.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.metrics.v1.SummaryDataPoint.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** SummaryDataPoint attributes. */
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];

                    /** SummaryDataPoint startTimeUnixNano. */
                    startTimeUnixNano: (number|Long);

                    /** SummaryDataPoint timeUnixNano. */
                    timeUnixNano: (number|Long);

                    /** SummaryDataPoint count. */
                    count: (number|Long);

                    /** SummaryDataPoint sum. */
                    sum: number;

                    /** SummaryDataPoint quantileValues. */
                    quantileValues: opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties[];

                    /** SummaryDataPoint flags. */
                    flags: number;

                    /**
                     * Creates a new SummaryDataPoint instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns SummaryDataPoint instance
                     */
                    static create(properties: opentelemetry.proto.metrics.v1.SummaryDataPoint.$Shape): opentelemetry.proto.metrics.v1.SummaryDataPoint & opentelemetry.proto.metrics.v1.SummaryDataPoint.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.SummaryDataPoint.$Properties): opentelemetry.proto.metrics.v1.SummaryDataPoint;

                    /**
                     * Encodes the specified SummaryDataPoint message. Does not implicitly {@link opentelemetry.proto.metrics.v1.SummaryDataPoint.verify|verify} messages.
                     * @param message SummaryDataPoint message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.metrics.v1.SummaryDataPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a SummaryDataPoint message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.SummaryDataPoint & opentelemetry.proto.metrics.v1.SummaryDataPoint.$Shape} SummaryDataPoint
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.SummaryDataPoint & opentelemetry.proto.metrics.v1.SummaryDataPoint.$Shape;

                    /**
                     * Creates a SummaryDataPoint message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns SummaryDataPoint
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.SummaryDataPoint;

                    /**
                     * Creates a plain object from a SummaryDataPoint message. Also converts values to other types if specified.
                     * @param message SummaryDataPoint
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.metrics.v1.SummaryDataPoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this SummaryDataPoint to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for SummaryDataPoint
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace SummaryDataPoint {

                    /** Properties of a SummaryDataPoint. */
                    interface $Properties {

                        /** SummaryDataPoint attributes */
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);

                        /** SummaryDataPoint startTimeUnixNano */
                        startTimeUnixNano?: (number|Long|null);

                        /** SummaryDataPoint timeUnixNano */
                        timeUnixNano?: (number|Long|null);

                        /** SummaryDataPoint count */
                        count?: (number|Long|null);

                        /** SummaryDataPoint sum */
                        sum?: (number|null);

                        /** SummaryDataPoint quantileValues */
                        quantileValues?: (opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties[]|null);

                        /** SummaryDataPoint flags */
                        flags?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a SummaryDataPoint. */
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      startTimeUnixNano?: number|Long|null;
                      timeUnixNano?: number|Long|null;
                      count?: number|Long|null;
                      sum?: number|null;
                      quantileValues?: opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Shape[]|null;
                      flags?: number|null;
                      $unknowns?: Uint8Array[];
                    };

                    /**
                     * Properties of a ValueAtQuantile.
                     * @deprecated Use opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties instead.
                     */
                    interface IValueAtQuantile extends opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties {
                    }

                    /** Represents a ValueAtQuantile. */
                    class ValueAtQuantile {

                        /**
                         * Constructs a new ValueAtQuantile.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** ValueAtQuantile quantile. */
                        quantile: number;

                        /** ValueAtQuantile value. */
                        value: number;

                        /**
                         * Creates a new ValueAtQuantile instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ValueAtQuantile instance
                         */
                        static create(properties: opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Shape): opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile & opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Shape;
                        static create(properties?: opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties): opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile;

                        /**
                         * Encodes the specified ValueAtQuantile message. Does not implicitly {@link opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.verify|verify} messages.
                         * @param message ValueAtQuantile message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes a ValueAtQuantile message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile & opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Shape} ValueAtQuantile
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile & opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Shape;

                        /**
                         * Creates a ValueAtQuantile message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns ValueAtQuantile
                         */
                        static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile;

                        /**
                         * Creates a plain object from a ValueAtQuantile message. Also converts values to other types if specified.
                         * @param message ValueAtQuantile
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ValueAtQuantile to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for ValueAtQuantile
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ValueAtQuantile {

                        /** Properties of a ValueAtQuantile. */
                        interface $Properties {

                            /** ValueAtQuantile quantile */
                            quantile?: (number|null);

                            /** ValueAtQuantile value */
                            value?: (number|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of a ValueAtQuantile. */
                        type $Shape = opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.$Properties;
                    }
                }

                /**
                 * Properties of an Exemplar.
                 * @deprecated Use opentelemetry.proto.metrics.v1.Exemplar.$Properties instead.
                 */
                interface IExemplar extends opentelemetry.proto.metrics.v1.Exemplar.$Properties {
                }

                /** Represents an Exemplar. */
                class Exemplar {

                    /**
                     * Constructs a new Exemplar.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.metrics.v1.Exemplar.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Exemplar filteredAttributes. */
                    filteredAttributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];

                    /** Exemplar timeUnixNano. */
                    timeUnixNano: (number|Long);

                    /** Exemplar asDouble. */
                    asDouble?: (number|null);

                    /** Exemplar asInt. */
                    asInt?: (number|Long|null);

                    /** Exemplar spanId. */
                    spanId: Uint8Array;

                    /** Exemplar traceId. */
                    traceId: Uint8Array;

                    /** Exemplar value. */
                    value?: ("asDouble"|"asInt");

                    /**
                     * Creates a new Exemplar instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Exemplar instance
                     */
                    static create(properties: opentelemetry.proto.metrics.v1.Exemplar.$Shape): opentelemetry.proto.metrics.v1.Exemplar & opentelemetry.proto.metrics.v1.Exemplar.$Shape;
                    static create(properties?: opentelemetry.proto.metrics.v1.Exemplar.$Properties): opentelemetry.proto.metrics.v1.Exemplar;

                    /**
                     * Encodes the specified Exemplar message. Does not implicitly {@link opentelemetry.proto.metrics.v1.Exemplar.verify|verify} messages.
                     * @param message Exemplar message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.metrics.v1.Exemplar.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Exemplar message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.metrics.v1.Exemplar & opentelemetry.proto.metrics.v1.Exemplar.$Shape} Exemplar
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.metrics.v1.Exemplar & opentelemetry.proto.metrics.v1.Exemplar.$Shape;

                    /**
                     * Creates an Exemplar message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Exemplar
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.metrics.v1.Exemplar;

                    /**
                     * Creates a plain object from an Exemplar message. Also converts values to other types if specified.
                     * @param message Exemplar
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.metrics.v1.Exemplar, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Exemplar to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Exemplar
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Exemplar {

                    /** Properties of an Exemplar. */
                    interface $Properties {

                        /** Exemplar filteredAttributes */
                        filteredAttributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);

                        /** Exemplar timeUnixNano */
                        timeUnixNano?: (number|Long|null);

                        /** Exemplar asDouble */
                        asDouble?: (number|null);

                        /** Exemplar asInt */
                        asInt?: (number|Long|null);

                        /** Exemplar spanId */
                        spanId?: (Uint8Array|null);

                        /** Exemplar traceId */
                        traceId?: (Uint8Array|null);

                        /** Exemplar value */
                        value?: ("asDouble"|"asInt");

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of an Exemplar. */
                    type $Shape = {
                      filteredAttributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      timeUnixNano?: number|Long|null;
                      asDouble?: number|null;
                      asInt?: number|Long|null;
                      spanId?: Uint8Array|null;
                      traceId?: Uint8Array|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ value?: undefined; asDouble?: null; asInt?: null }|{ value?: "asDouble"; asDouble: number; asInt?: null }|{ value?: "asInt"; asDouble?: null; asInt: number|Long })
                    );
                }
            }
        }

        /** Namespace resource. */
        namespace resource {

            /** Namespace v1. */
            namespace v1 {

                /**
                 * Properties of a Resource.
                 * @deprecated Use opentelemetry.proto.resource.v1.Resource.$Properties instead.
                 */
                interface IResource extends opentelemetry.proto.resource.v1.Resource.$Properties {
                }

                /** Represents a Resource. */
                class Resource {

                    /**
                     * Constructs a new Resource.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: opentelemetry.proto.resource.v1.Resource.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Resource attributes. */
                    attributes: opentelemetry.proto.common.v1.KeyValue.$Properties[];

                    /** Resource droppedAttributesCount. */
                    droppedAttributesCount: number;

                    /**
                     * Creates a new Resource instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Resource instance
                     */
                    static create(properties: opentelemetry.proto.resource.v1.Resource.$Shape): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;
                    static create(properties?: opentelemetry.proto.resource.v1.Resource.$Properties): opentelemetry.proto.resource.v1.Resource;

                    /**
                     * Encodes the specified Resource message. Does not implicitly {@link opentelemetry.proto.resource.v1.Resource.verify|verify} messages.
                     * @param message Resource message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: opentelemetry.proto.resource.v1.Resource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Resource message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape} Resource
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.resource.v1.Resource & opentelemetry.proto.resource.v1.Resource.$Shape;

                    /**
                     * Creates a Resource message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Resource
                     */
                    static fromObject(object: { [k: string]: any }): opentelemetry.proto.resource.v1.Resource;

                    /**
                     * Creates a plain object from a Resource message. Also converts values to other types if specified.
                     * @param message Resource
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: opentelemetry.proto.resource.v1.Resource, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Resource to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Resource
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Resource {

                    /** Properties of a Resource. */
                    interface $Properties {

                        /** Resource attributes */
                        attributes?: (opentelemetry.proto.common.v1.KeyValue.$Properties[]|null);

                        /** Resource droppedAttributesCount */
                        droppedAttributesCount?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Resource. */
                    type $Shape = {
                      attributes?: opentelemetry.proto.common.v1.KeyValue.$Shape[]|null;
                      droppedAttributesCount?: number|null;
                      $unknowns?: Uint8Array[];
                    };
                }
            }
        }

        /** Namespace collector. */
        namespace collector {

            /** Namespace metrics. */
            namespace metrics {

                /** Namespace v1. */
                namespace v1 {

                    /**
                     * Properties of an ExportMetricsServiceRequest.
                     * @deprecated Use opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties instead.
                     */
                    interface IExportMetricsServiceRequest extends opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties {
                    }

                    /** Represents an ExportMetricsServiceRequest. */
                    class ExportMetricsServiceRequest {

                        /**
                         * Constructs a new ExportMetricsServiceRequest.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** ExportMetricsServiceRequest resourceMetrics. */
                        resourceMetrics: opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties[];

                        /**
                         * Creates a new ExportMetricsServiceRequest instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ExportMetricsServiceRequest instance
                         */
                        static create(properties: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Shape): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest & opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Shape;
                        static create(properties?: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;

                        /**
                         * Encodes the specified ExportMetricsServiceRequest message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.verify|verify} messages.
                         * @param message ExportMetricsServiceRequest message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ExportMetricsServiceRequest message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest & opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Shape} ExportMetricsServiceRequest
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest & opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.$Shape;

                        /**
                         * Creates an ExportMetricsServiceRequest message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns ExportMetricsServiceRequest
                         */
                        static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;

                        /**
                         * Creates a plain object from an ExportMetricsServiceRequest message. Also converts values to other types if specified.
                         * @param message ExportMetricsServiceRequest
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ExportMetricsServiceRequest to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for ExportMetricsServiceRequest
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ExportMetricsServiceRequest {

                        /** Properties of an ExportMetricsServiceRequest. */
                        interface $Properties {

                            /** ExportMetricsServiceRequest resourceMetrics */
                            resourceMetrics?: (opentelemetry.proto.metrics.v1.ResourceMetrics.$Properties[]|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an ExportMetricsServiceRequest. */
                        type $Shape = {
                          resourceMetrics?: opentelemetry.proto.metrics.v1.ResourceMetrics.$Shape[]|null;
                          $unknowns?: Uint8Array[];
                        };
                    }

                    /**
                     * Properties of an ExportMetricsServiceResponse.
                     * @deprecated Use opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties instead.
                     */
                    interface IExportMetricsServiceResponse extends opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties {
                    }

                    /** Represents an ExportMetricsServiceResponse. */
                    class ExportMetricsServiceResponse {

                        /**
                         * Constructs a new ExportMetricsServiceResponse.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** ExportMetricsServiceResponse partialSuccess. */
                        partialSuccess?: (opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties|null);

                        /**
                         * Creates a new ExportMetricsServiceResponse instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ExportMetricsServiceResponse instance
                         */
                        static create(properties: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Shape): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse & opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Shape;
                        static create(properties?: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;

                        /**
                         * Encodes the specified ExportMetricsServiceResponse message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.verify|verify} messages.
                         * @param message ExportMetricsServiceResponse message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ExportMetricsServiceResponse message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse & opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Shape} ExportMetricsServiceResponse
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse & opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Shape;

                        /**
                         * Creates an ExportMetricsServiceResponse message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns ExportMetricsServiceResponse
                         */
                        static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;

                        /**
                         * Creates a plain object from an ExportMetricsServiceResponse message. Also converts values to other types if specified.
                         * @param message ExportMetricsServiceResponse
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ExportMetricsServiceResponse to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for ExportMetricsServiceResponse
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ExportMetricsServiceResponse {

                        /** Properties of an ExportMetricsServiceResponse. */
                        interface $Properties {

                            /** ExportMetricsServiceResponse partialSuccess */
                            partialSuccess?: (opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an ExportMetricsServiceResponse. */
                        type $Shape = opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.$Properties;
                    }

                    /**
                     * Properties of an ExportMetricsPartialSuccess.
                     * @deprecated Use opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties instead.
                     */
                    interface IExportMetricsPartialSuccess extends opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties {
                    }

                    /** Represents an ExportMetricsPartialSuccess. */
                    class ExportMetricsPartialSuccess {

                        /**
                         * Constructs a new ExportMetricsPartialSuccess.
                         * @param [properties] Properties to set
                         */
                        constructor(properties?: opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];

                        /** ExportMetricsPartialSuccess rejectedDataPoints. */
                        rejectedDataPoints: (number|Long);

                        /** ExportMetricsPartialSuccess errorMessage. */
                        errorMessage: string;

                        /**
                         * Creates a new ExportMetricsPartialSuccess instance using the specified properties.
                         * @param [properties] Properties to set
                         * @returns ExportMetricsPartialSuccess instance
                         */
                        static create(properties: opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Shape): opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess & opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Shape;
                        static create(properties?: opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties): opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess;

                        /**
                         * Encodes the specified ExportMetricsPartialSuccess message. Does not implicitly {@link opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.verify|verify} messages.
                         * @param message ExportMetricsPartialSuccess message or plain object to encode
                         * @param [writer] Writer to encode to
                         * @returns Writer
                         */
                        static encode(message: opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                        /**
                         * Decodes an ExportMetricsPartialSuccess message from the specified reader or buffer.
                         * @param reader Reader or buffer to decode from
                         * @param [length] Message length if known beforehand
                         * @returns {opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess & opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Shape} ExportMetricsPartialSuccess
                         * @throws {Error} If the payload is not a reader or valid buffer
                         * @throws {$protobuf.util.ProtocolError} If required fields are missing
                         */
                        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess & opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Shape;

                        /**
                         * Creates an ExportMetricsPartialSuccess message from a plain object. Also converts values to their respective internal types.
                         * @param object Plain object
                         * @returns ExportMetricsPartialSuccess
                         */
                        static fromObject(object: { [k: string]: any }): opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess;

                        /**
                         * Creates a plain object from an ExportMetricsPartialSuccess message. Also converts values to other types if specified.
                         * @param message ExportMetricsPartialSuccess
                         * @param [options] Conversion options
                         * @returns Plain object
                         */
                        static toObject(message: opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess, options?: $protobuf.IConversionOptions): { [k: string]: any };

                        /**
                         * Converts this ExportMetricsPartialSuccess to JSON.
                         * @returns JSON object
                         */
                        toJSON(): { [k: string]: any };

                        /**
                         * Gets the type url for ExportMetricsPartialSuccess
                         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                         * @returns The type url
                         */
                        static getTypeUrl(prefix?: string): string;
                    }

                    namespace ExportMetricsPartialSuccess {

                        /** Properties of an ExportMetricsPartialSuccess. */
                        interface $Properties {

                            /** ExportMetricsPartialSuccess rejectedDataPoints */
                            rejectedDataPoints?: (number|Long|null);

                            /** ExportMetricsPartialSuccess errorMessage */
                            errorMessage?: (string|null);

                            /** Unknown fields preserved while decoding when enabled */
                            $unknowns?: Uint8Array[];
                        }

                        /** Shape of an ExportMetricsPartialSuccess. */
                        type $Shape = opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.$Properties;
                    }
                }
            }
        }
    }
}

/** Namespace io. */
export namespace io {

    /** Namespace prometheus. */
    namespace prometheus {

        /** Namespace write. */
        namespace write {

            /** Namespace v2. */
            namespace v2 {

                /**
                 * Properties of a Request.
                 * @deprecated Use io.prometheus.write.v2.Request.$Properties instead.
                 */
                interface IRequest extends io.prometheus.write.v2.Request.$Properties {
                }

                /** Represents a Request. */
                class Request {

                    /**
                     * Constructs a new Request.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.prometheus.write.v2.Request.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Request symbols. */
                    symbols: string[];

                    /** Request timeseries. */
                    timeseries: io.prometheus.write.v2.TimeSeries.$Properties[];

                    /**
                     * Creates a new Request instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Request instance
                     */
                    static create(properties: io.prometheus.write.v2.Request.$Shape): io.prometheus.write.v2.Request & io.prometheus.write.v2.Request.$Shape;
                    static create(properties?: io.prometheus.write.v2.Request.$Properties): io.prometheus.write.v2.Request;

                    /**
                     * Encodes the specified Request message. Does not implicitly {@link io.prometheus.write.v2.Request.verify|verify} messages.
                     * @param message Request message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: io.prometheus.write.v2.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Request message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {io.prometheus.write.v2.Request & io.prometheus.write.v2.Request.$Shape} Request
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.write.v2.Request & io.prometheus.write.v2.Request.$Shape;

                    /**
                     * Creates a Request message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Request
                     */
                    static fromObject(object: { [k: string]: any }): io.prometheus.write.v2.Request;

                    /**
                     * Creates a plain object from a Request message. Also converts values to other types if specified.
                     * @param message Request
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: io.prometheus.write.v2.Request, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Request to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Request
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Request {

                    /** Properties of a Request. */
                    interface $Properties {

                        /** Request symbols */
                        symbols?: (string[]|null);

                        /** Request timeseries */
                        timeseries?: (io.prometheus.write.v2.TimeSeries.$Properties[]|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Request. */
                    type $Shape = {
                      symbols?: string[]|null;
                      timeseries?: io.prometheus.write.v2.TimeSeries.$Shape[]|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of a TimeSeries.
                 * @deprecated Use io.prometheus.write.v2.TimeSeries.$Properties instead.
                 */
                interface ITimeSeries extends io.prometheus.write.v2.TimeSeries.$Properties {
                }

                /** Represents a TimeSeries. */
                class TimeSeries {

                    /**
                     * Constructs a new TimeSeries.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.prometheus.write.v2.TimeSeries.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** TimeSeries labelsRefs. */
                    labelsRefs: number[];

                    /** TimeSeries samples. */
                    samples: io.prometheus.write.v2.Sample.$Properties[];

                    /** TimeSeries histograms. */
                    histograms: io.prometheus.write.v2.Histogram.$Properties[];

                    /** TimeSeries exemplars. */
                    exemplars: io.prometheus.write.v2.Exemplar.$Properties[];

                    /** TimeSeries metadata. */
                    metadata?: (io.prometheus.write.v2.Metadata.$Properties|null);

                    /** TimeSeries createdTimestamp. */
                    createdTimestamp: (number|Long);

                    /**
                     * Creates a new TimeSeries instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns TimeSeries instance
                     */
                    static create(properties: io.prometheus.write.v2.TimeSeries.$Shape): io.prometheus.write.v2.TimeSeries & io.prometheus.write.v2.TimeSeries.$Shape;
                    static create(properties?: io.prometheus.write.v2.TimeSeries.$Properties): io.prometheus.write.v2.TimeSeries;

                    /**
                     * Encodes the specified TimeSeries message. Does not implicitly {@link io.prometheus.write.v2.TimeSeries.verify|verify} messages.
                     * @param message TimeSeries message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: io.prometheus.write.v2.TimeSeries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a TimeSeries message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {io.prometheus.write.v2.TimeSeries & io.prometheus.write.v2.TimeSeries.$Shape} TimeSeries
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.write.v2.TimeSeries & io.prometheus.write.v2.TimeSeries.$Shape;

                    /**
                     * Creates a TimeSeries message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns TimeSeries
                     */
                    static fromObject(object: { [k: string]: any }): io.prometheus.write.v2.TimeSeries;

                    /**
                     * Creates a plain object from a TimeSeries message. Also converts values to other types if specified.
                     * @param message TimeSeries
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: io.prometheus.write.v2.TimeSeries, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this TimeSeries to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for TimeSeries
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace TimeSeries {

                    /** Properties of a TimeSeries. */
                    interface $Properties {

                        /** TimeSeries labelsRefs */
                        labelsRefs?: (number[]|null);

                        /** TimeSeries samples */
                        samples?: (io.prometheus.write.v2.Sample.$Properties[]|null);

                        /** TimeSeries histograms */
                        histograms?: (io.prometheus.write.v2.Histogram.$Properties[]|null);

                        /** TimeSeries exemplars */
                        exemplars?: (io.prometheus.write.v2.Exemplar.$Properties[]|null);

                        /** TimeSeries metadata */
                        metadata?: (io.prometheus.write.v2.Metadata.$Properties|null);

                        /** TimeSeries createdTimestamp */
                        createdTimestamp?: (number|Long|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a TimeSeries. */
                    type $Shape = {
                      labelsRefs?: number[]|null;
                      samples?: io.prometheus.write.v2.Sample.$Shape[]|null;
                      histograms?: io.prometheus.write.v2.Histogram.$Shape[]|null;
                      exemplars?: io.prometheus.write.v2.Exemplar.$Shape[]|null;
                      metadata?: io.prometheus.write.v2.Metadata.$Shape|null;
                      createdTimestamp?: number|Long|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                /**
                 * Properties of an Exemplar.
                 * @deprecated Use io.prometheus.write.v2.Exemplar.$Properties instead.
                 */
                interface IExemplar extends io.prometheus.write.v2.Exemplar.$Properties {
                }

                /** Represents an Exemplar. */
                class Exemplar {

                    /**
                     * Constructs a new Exemplar.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.prometheus.write.v2.Exemplar.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Exemplar labelsRefs. */
                    labelsRefs: number[];

                    /** Exemplar value. */
                    value: number;

                    /** Exemplar timestamp. */
                    timestamp: (number|Long);

                    /**
                     * Creates a new Exemplar instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Exemplar instance
                     */
                    static create(properties: io.prometheus.write.v2.Exemplar.$Shape): io.prometheus.write.v2.Exemplar & io.prometheus.write.v2.Exemplar.$Shape;
                    static create(properties?: io.prometheus.write.v2.Exemplar.$Properties): io.prometheus.write.v2.Exemplar;

                    /**
                     * Encodes the specified Exemplar message. Does not implicitly {@link io.prometheus.write.v2.Exemplar.verify|verify} messages.
                     * @param message Exemplar message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: io.prometheus.write.v2.Exemplar.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes an Exemplar message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {io.prometheus.write.v2.Exemplar & io.prometheus.write.v2.Exemplar.$Shape} Exemplar
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.write.v2.Exemplar & io.prometheus.write.v2.Exemplar.$Shape;

                    /**
                     * Creates an Exemplar message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Exemplar
                     */
                    static fromObject(object: { [k: string]: any }): io.prometheus.write.v2.Exemplar;

                    /**
                     * Creates a plain object from an Exemplar message. Also converts values to other types if specified.
                     * @param message Exemplar
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: io.prometheus.write.v2.Exemplar, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Exemplar to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Exemplar
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Exemplar {

                    /** Properties of an Exemplar. */
                    interface $Properties {

                        /** Exemplar labelsRefs */
                        labelsRefs?: (number[]|null);

                        /** Exemplar value */
                        value?: (number|null);

                        /** Exemplar timestamp */
                        timestamp?: (number|Long|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of an Exemplar. */
                    type $Shape = io.prometheus.write.v2.Exemplar.$Properties;
                }

                /**
                 * Properties of a Sample.
                 * @deprecated Use io.prometheus.write.v2.Sample.$Properties instead.
                 */
                interface ISample extends io.prometheus.write.v2.Sample.$Properties {
                }

                /** Represents a Sample. */
                class Sample {

                    /**
                     * Constructs a new Sample.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.prometheus.write.v2.Sample.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Sample value. */
                    value: number;

                    /** Sample timestamp. */
                    timestamp: (number|Long);

                    /**
                     * Creates a new Sample instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Sample instance
                     */
                    static create(properties: io.prometheus.write.v2.Sample.$Shape): io.prometheus.write.v2.Sample & io.prometheus.write.v2.Sample.$Shape;
                    static create(properties?: io.prometheus.write.v2.Sample.$Properties): io.prometheus.write.v2.Sample;

                    /**
                     * Encodes the specified Sample message. Does not implicitly {@link io.prometheus.write.v2.Sample.verify|verify} messages.
                     * @param message Sample message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: io.prometheus.write.v2.Sample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Sample message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {io.prometheus.write.v2.Sample & io.prometheus.write.v2.Sample.$Shape} Sample
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.write.v2.Sample & io.prometheus.write.v2.Sample.$Shape;

                    /**
                     * Creates a Sample message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Sample
                     */
                    static fromObject(object: { [k: string]: any }): io.prometheus.write.v2.Sample;

                    /**
                     * Creates a plain object from a Sample message. Also converts values to other types if specified.
                     * @param message Sample
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: io.prometheus.write.v2.Sample, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Sample to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Sample
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Sample {

                    /** Properties of a Sample. */
                    interface $Properties {

                        /** Sample value */
                        value?: (number|null);

                        /** Sample timestamp */
                        timestamp?: (number|Long|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Sample. */
                    type $Shape = io.prometheus.write.v2.Sample.$Properties;
                }

                /**
                 * Properties of a Metadata.
                 * @deprecated Use io.prometheus.write.v2.Metadata.$Properties instead.
                 */
                interface IMetadata extends io.prometheus.write.v2.Metadata.$Properties {
                }

                /** Represents a Metadata. */
                class Metadata {

                    /**
                     * Constructs a new Metadata.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.prometheus.write.v2.Metadata.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Metadata type. */
                    type: io.prometheus.write.v2.Metadata.MetricType;

                    /** Metadata helpRef. */
                    helpRef: number;

                    /** Metadata unitRef. */
                    unitRef: number;

                    /**
                     * Creates a new Metadata instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Metadata instance
                     */
                    static create(properties: io.prometheus.write.v2.Metadata.$Shape): io.prometheus.write.v2.Metadata & io.prometheus.write.v2.Metadata.$Shape;
                    static create(properties?: io.prometheus.write.v2.Metadata.$Properties): io.prometheus.write.v2.Metadata;

                    /**
                     * Encodes the specified Metadata message. Does not implicitly {@link io.prometheus.write.v2.Metadata.verify|verify} messages.
                     * @param message Metadata message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: io.prometheus.write.v2.Metadata.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Metadata message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {io.prometheus.write.v2.Metadata & io.prometheus.write.v2.Metadata.$Shape} Metadata
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.write.v2.Metadata & io.prometheus.write.v2.Metadata.$Shape;

                    /**
                     * Creates a Metadata message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Metadata
                     */
                    static fromObject(object: { [k: string]: any }): io.prometheus.write.v2.Metadata;

                    /**
                     * Creates a plain object from a Metadata message. Also converts values to other types if specified.
                     * @param message Metadata
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: io.prometheus.write.v2.Metadata, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Metadata to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Metadata
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Metadata {

                    /** Properties of a Metadata. */
                    interface $Properties {

                        /** Metadata type */
                        type?: (io.prometheus.write.v2.Metadata.MetricType|null);

                        /** Metadata helpRef */
                        helpRef?: (number|null);

                        /** Metadata unitRef */
                        unitRef?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a Metadata. */
                    type $Shape = io.prometheus.write.v2.Metadata.$Properties;

                    /** MetricType enum. */
                    enum MetricType {

                        /** METRIC_TYPE_UNSPECIFIED value */
                        METRIC_TYPE_UNSPECIFIED = 0,

                        /** METRIC_TYPE_COUNTER value */
                        METRIC_TYPE_COUNTER = 1,

                        /** METRIC_TYPE_GAUGE value */
                        METRIC_TYPE_GAUGE = 2,

                        /** METRIC_TYPE_HISTOGRAM value */
                        METRIC_TYPE_HISTOGRAM = 3,

                        /** METRIC_TYPE_GAUGEHISTOGRAM value */
                        METRIC_TYPE_GAUGEHISTOGRAM = 4,

                        /** METRIC_TYPE_SUMMARY value */
                        METRIC_TYPE_SUMMARY = 5,

                        /** METRIC_TYPE_INFO value */
                        METRIC_TYPE_INFO = 6,

                        /** METRIC_TYPE_STATESET value */
                        METRIC_TYPE_STATESET = 7
                    }
                }

                /**
                 * Properties of a BucketSpan.
                 * @deprecated Use io.prometheus.write.v2.BucketSpan.$Properties instead.
                 */
                interface IBucketSpan extends io.prometheus.write.v2.BucketSpan.$Properties {
                }

                /** Represents a BucketSpan. */
                class BucketSpan {

                    /**
                     * Constructs a new BucketSpan.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.prometheus.write.v2.BucketSpan.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** BucketSpan offset. */
                    offset: number;

                    /** BucketSpan length. */
                    length: number;

                    /**
                     * Creates a new BucketSpan instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns BucketSpan instance
                     */
                    static create(properties: io.prometheus.write.v2.BucketSpan.$Shape): io.prometheus.write.v2.BucketSpan & io.prometheus.write.v2.BucketSpan.$Shape;
                    static create(properties?: io.prometheus.write.v2.BucketSpan.$Properties): io.prometheus.write.v2.BucketSpan;

                    /**
                     * Encodes the specified BucketSpan message. Does not implicitly {@link io.prometheus.write.v2.BucketSpan.verify|verify} messages.
                     * @param message BucketSpan message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: io.prometheus.write.v2.BucketSpan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a BucketSpan message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {io.prometheus.write.v2.BucketSpan & io.prometheus.write.v2.BucketSpan.$Shape} BucketSpan
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.write.v2.BucketSpan & io.prometheus.write.v2.BucketSpan.$Shape;

                    /**
                     * Creates a BucketSpan message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns BucketSpan
                     */
                    static fromObject(object: { [k: string]: any }): io.prometheus.write.v2.BucketSpan;

                    /**
                     * Creates a plain object from a BucketSpan message. Also converts values to other types if specified.
                     * @param message BucketSpan
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: io.prometheus.write.v2.BucketSpan, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this BucketSpan to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for BucketSpan
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace BucketSpan {

                    /** Properties of a BucketSpan. */
                    interface $Properties {

                        /** BucketSpan offset */
                        offset?: (number|null);

                        /** BucketSpan length */
                        length?: (number|null);

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Shape of a BucketSpan. */
                    type $Shape = io.prometheus.write.v2.BucketSpan.$Properties;
                }

                /**
                 * Properties of a Histogram.
                 * @deprecated Use io.prometheus.write.v2.Histogram.$Properties instead.
                 */
                interface IHistogram extends io.prometheus.write.v2.Histogram.$Properties {
                }

                /** Represents a Histogram. */
                class Histogram {

                    /**
                     * Constructs a new Histogram.
                     * @param [properties] Properties to set
                     */
                    constructor(properties?: io.prometheus.write.v2.Histogram.$Properties);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];

                    /** Histogram countInt. */
                    countInt?: (number|Long|null);

                    /** Histogram countFloat. */
                    countFloat?: (number|null);

                    /** Histogram sum. */
                    sum: number;

                    /** Histogram schema. */
                    schema: number;

                    /** Histogram zeroThreshold. */
                    zeroThreshold: number;

                    /** Histogram zeroCountInt. */
                    zeroCountInt?: (number|Long|null);

                    /** Histogram zeroCountFloat. */
                    zeroCountFloat?: (number|null);

                    /** Histogram negativeSpans. */
                    negativeSpans: io.prometheus.write.v2.BucketSpan.$Properties[];

                    /** Histogram negativeDeltas. */
                    negativeDeltas: (number|Long)[];

                    /** Histogram negativeCounts. */
                    negativeCounts: number[];

                    /** Histogram positiveSpans. */
                    positiveSpans: io.prometheus.write.v2.BucketSpan.$Properties[];

                    /** Histogram positiveDeltas. */
                    positiveDeltas: (number|Long)[];

                    /** Histogram positiveCounts. */
                    positiveCounts: number[];

                    /** Histogram resetHint. */
                    resetHint: io.prometheus.write.v2.Histogram.ResetHint;

                    /** Histogram timestamp. */
                    timestamp: (number|Long);

                    /** Histogram customValues. */
                    customValues: number[];

                    /** Histogram count. */
                    count?: ("countInt"|"countFloat");

                    /** Histogram zeroCount. */
                    zeroCount?: ("zeroCountInt"|"zeroCountFloat");

                    /**
                     * Creates a new Histogram instance using the specified properties.
                     * @param [properties] Properties to set
                     * @returns Histogram instance
                     */
                    static create(properties: io.prometheus.write.v2.Histogram.$Shape): io.prometheus.write.v2.Histogram & io.prometheus.write.v2.Histogram.$Shape;
                    static create(properties?: io.prometheus.write.v2.Histogram.$Properties): io.prometheus.write.v2.Histogram;

                    /**
                     * Encodes the specified Histogram message. Does not implicitly {@link io.prometheus.write.v2.Histogram.verify|verify} messages.
                     * @param message Histogram message or plain object to encode
                     * @param [writer] Writer to encode to
                     * @returns Writer
                     */
                    static encode(message: io.prometheus.write.v2.Histogram.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                    /**
                     * Decodes a Histogram message from the specified reader or buffer.
                     * @param reader Reader or buffer to decode from
                     * @param [length] Message length if known beforehand
                     * @returns {io.prometheus.write.v2.Histogram & io.prometheus.write.v2.Histogram.$Shape} Histogram
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): io.prometheus.write.v2.Histogram & io.prometheus.write.v2.Histogram.$Shape;

                    /**
                     * Creates a Histogram message from a plain object. Also converts values to their respective internal types.
                     * @param object Plain object
                     * @returns Histogram
                     */
                    static fromObject(object: { [k: string]: any }): io.prometheus.write.v2.Histogram;

                    /**
                     * Creates a plain object from a Histogram message. Also converts values to other types if specified.
                     * @param message Histogram
                     * @param [options] Conversion options
                     * @returns Plain object
                     */
                    static toObject(message: io.prometheus.write.v2.Histogram, options?: $protobuf.IConversionOptions): { [k: string]: any };

                    /**
                     * Converts this Histogram to JSON.
                     * @returns JSON object
                     */
                    toJSON(): { [k: string]: any };

                    /**
                     * Gets the type url for Histogram
                     * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
                     * @returns The type url
                     */
                    static getTypeUrl(prefix?: string): string;
                }

                namespace Histogram {

                    /** Properties of a Histogram. */
                    interface $Properties {

                        /** Histogram countInt */
                        countInt?: (number|Long|null);

                        /** Histogram countFloat */
                        countFloat?: (number|null);

                        /** Histogram sum */
                        sum?: (number|null);

                        /** Histogram schema */
                        schema?: (number|null);

                        /** Histogram zeroThreshold */
                        zeroThreshold?: (number|null);

                        /** Histogram zeroCountInt */
                        zeroCountInt?: (number|Long|null);

                        /** Histogram zeroCountFloat */
                        zeroCountFloat?: (number|null);

                        /** Histogram negativeSpans */
                        negativeSpans?: (io.prometheus.write.v2.BucketSpan.$Properties[]|null);

                        /** Histogram negativeDeltas */
                        negativeDeltas?: ((number|Long)[]|null);

                        /** Histogram negativeCounts */
                        negativeCounts?: (number[]|null);

                        /** Histogram positiveSpans */
                        positiveSpans?: (io.prometheus.write.v2.BucketSpan.$Properties[]|null);

                        /** Histogram positiveDeltas */
                        positiveDeltas?: ((number|Long)[]|null);

                        /** Histogram positiveCounts */
                        positiveCounts?: (number[]|null);

                        /** Histogram resetHint */
                        resetHint?: (io.prometheus.write.v2.Histogram.ResetHint|null);

                        /** Histogram timestamp */
                        timestamp?: (number|Long|null);

                        /** Histogram customValues */
                        customValues?: (number[]|null);

                        /** Histogram count */
                        count?: ("countInt"|"countFloat");

                        /** Histogram zeroCount */
                        zeroCount?: ("zeroCountInt"|"zeroCountFloat");

                        /** Unknown fields preserved while decoding when enabled */
                        $unknowns?: Uint8Array[];
                    }

                    /** Narrowed shape of a Histogram. */
                    type $Shape = {
                      countInt?: number|Long|null;
                      countFloat?: number|null;
                      sum?: number|null;
                      schema?: number|null;
                      zeroThreshold?: number|null;
                      zeroCountInt?: number|Long|null;
                      zeroCountFloat?: number|null;
                      negativeSpans?: io.prometheus.write.v2.BucketSpan.$Shape[]|null;
                      negativeDeltas?: (number|Long)[]|null;
                      negativeCounts?: number[]|null;
                      positiveSpans?: io.prometheus.write.v2.BucketSpan.$Shape[]|null;
                      positiveDeltas?: (number|Long)[]|null;
                      positiveCounts?: number[]|null;
                      resetHint?: io.prometheus.write.v2.Histogram.ResetHint|null;
                      timestamp?: number|Long|null;
                      customValues?: number[]|null;
                      $unknowns?: Uint8Array[];
                    } & (
                      ({ count?: undefined; countInt?: null; countFloat?: null }|{ count?: "countInt"; countInt: number|Long; countFloat?: null }|{ count?: "countFloat"; countInt?: null; countFloat: number })
                    ) & (
                      ({ zeroCount?: undefined; zeroCountInt?: null; zeroCountFloat?: null }|{ zeroCount?: "zeroCountInt"; zeroCountInt: number|Long; zeroCountFloat?: null }|{ zeroCount?: "zeroCountFloat"; zeroCountInt?: null; zeroCountFloat: number })
                    );

                    /** ResetHint enum. */
                    enum ResetHint {

                        /** RESET_HINT_UNSPECIFIED value */
                        RESET_HINT_UNSPECIFIED = 0,

                        /** RESET_HINT_YES value */
                        RESET_HINT_YES = 1,

                        /** RESET_HINT_NO value */
                        RESET_HINT_NO = 2,

                        /** RESET_HINT_GAUGE value */
                        RESET_HINT_GAUGE = 3
                    }
                }
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace rpc. */
    namespace rpc {

        /**
         * Properties of a Status.
         * @deprecated Use google.rpc.Status.$Properties instead.
         */
        interface IStatus extends google.rpc.Status.$Properties {
        }

        /** Represents a Status. */
        class Status {

            /**
             * Constructs a new Status.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.rpc.Status.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Status code. */
            code: number;

            /** Status message. */
            message: string;

            /** Status details. */
            details: google.rpc.Any.$Properties[];

            /**
             * Creates a new Status instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Status instance
             */
            static create(properties: google.rpc.Status.$Shape): google.rpc.Status & google.rpc.Status.$Shape;
            static create(properties?: google.rpc.Status.$Properties): google.rpc.Status;

            /**
             * Encodes the specified Status message. Does not implicitly {@link google.rpc.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.rpc.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.rpc.Status & google.rpc.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.Status & google.rpc.Status.$Shape;

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Status
             */
            static fromObject(object: { [k: string]: any }): google.rpc.Status;

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @param message Status
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.rpc.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Status to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Status
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Status {

            /** Properties of a Status. */
            interface $Properties {

                /** Status code */
                code?: (number|null);

                /** Status message */
                message?: (string|null);

                /** Status details */
                details?: (google.rpc.Any.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Status. */
            type $Shape = google.rpc.Status.$Properties;
        }

        /**
         * Properties of an Any.
         * @deprecated Use google.rpc.Any.$Properties instead.
         */
        interface IAny extends google.rpc.Any.$Properties {
        }

        /** Represents an Any. */
        class Any {

            /**
             * Constructs a new Any.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.rpc.Any.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Any typeUrl. */
            typeUrl: string;

            /** Any value. */
            value: Uint8Array;

            /**
             * Creates a new Any instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Any instance
             */
            static create(properties: google.rpc.Any.$Shape): google.rpc.Any & google.rpc.Any.$Shape;
            static create(properties?: google.rpc.Any.$Properties): google.rpc.Any;

            /**
             * Encodes the specified Any message. Does not implicitly {@link google.rpc.Any.verify|verify} messages.
             * @param message Any message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.rpc.Any.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Any message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.rpc.Any & google.rpc.Any.$Shape} Any
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.rpc.Any & google.rpc.Any.$Shape;

            /**
             * Creates an Any message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Any
             */
            static fromObject(object: { [k: string]: any }): google.rpc.Any;

            /**
             * Creates a plain object from an Any message. Also converts values to other types if specified.
             * @param message Any
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.rpc.Any, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Any to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Any
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Any {

            /** Properties of an Any. */
            interface $Properties {

                /** Any typeUrl */
                typeUrl?: (string|null);

                /** Any value */
                value?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Any. */
            type $Shape = google.rpc.Any.$Properties;
        }
    }
}

/** Namespace thanos. */
export namespace thanos {

    /**
     * Properties of a LabelMatcher.
     * @deprecated Use thanos.LabelMatcher.$Properties instead.
     */
    interface ILabelMatcher extends thanos.LabelMatcher.$Properties {
    }

    /** Represents a LabelMatcher. */
    class LabelMatcher {

        /**
         * Constructs a new LabelMatcher.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.LabelMatcher.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelMatcher type. */
        type: thanos.LabelMatcher.Type;

        /** LabelMatcher name. */
        name: string;

        /** LabelMatcher value. */
        value: string;

        /**
         * Creates a new LabelMatcher instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelMatcher instance
         */
        static create(properties: thanos.LabelMatcher.$Shape): thanos.LabelMatcher & thanos.LabelMatcher.$Shape;
        static create(properties?: thanos.LabelMatcher.$Properties): thanos.LabelMatcher;

        /**
         * Encodes the specified LabelMatcher message. Does not implicitly {@link thanos.LabelMatcher.verify|verify} messages.
         * @param message LabelMatcher message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.LabelMatcher.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelMatcher message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.LabelMatcher & thanos.LabelMatcher.$Shape} LabelMatcher
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.LabelMatcher & thanos.LabelMatcher.$Shape;

        /**
         * Creates a LabelMatcher message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelMatcher
         */
        static fromObject(object: { [k: string]: any }): thanos.LabelMatcher;

        /**
         * Creates a plain object from a LabelMatcher message. Also converts values to other types if specified.
         * @param message LabelMatcher
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.LabelMatcher, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelMatcher to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelMatcher
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelMatcher {

        /** Properties of a LabelMatcher. */
        interface $Properties {

            /** LabelMatcher type */
            type?: (thanos.LabelMatcher.Type|null);

            /** LabelMatcher name */
            name?: (string|null);

            /** LabelMatcher value */
            value?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelMatcher. */
        type $Shape = thanos.LabelMatcher.$Properties;

        /** Type enum. */
        enum Type {

            /** EQ value */
            EQ = 0,

            /** NEQ value */
            NEQ = 1,

            /** RE value */
            RE = 2,

            /** NRE value */
            NRE = 3
        }
    }

    /**
     * Properties of a RequestHints.
     * @deprecated Use thanos.RequestHints.$Properties instead.
     */
    interface IRequestHints extends thanos.RequestHints.$Properties {
    }

    /** Represents a RequestHints. */
    class RequestHints {

        /**
         * Constructs a new RequestHints.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.RequestHints.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RequestHints blockMatchers. */
        blockMatchers: thanos.LabelMatcher.$Properties[];

        /**
         * Creates a new RequestHints instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RequestHints instance
         */
        static create(properties: thanos.RequestHints.$Shape): thanos.RequestHints & thanos.RequestHints.$Shape;
        static create(properties?: thanos.RequestHints.$Properties): thanos.RequestHints;

        /**
         * Encodes the specified RequestHints message. Does not implicitly {@link thanos.RequestHints.verify|verify} messages.
         * @param message RequestHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.RequestHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RequestHints message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.RequestHints & thanos.RequestHints.$Shape} RequestHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.RequestHints & thanos.RequestHints.$Shape;

        /**
         * Creates a RequestHints message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns RequestHints
         */
        static fromObject(object: { [k: string]: any }): thanos.RequestHints;

        /**
         * Creates a plain object from a RequestHints message. Also converts values to other types if specified.
         * @param message RequestHints
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.RequestHints, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this RequestHints to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for RequestHints
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace RequestHints {

        /** Properties of a RequestHints. */
        interface $Properties {

            /** RequestHints blockMatchers */
            blockMatchers?: (thanos.LabelMatcher.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RequestHints. */
        type $Shape = thanos.RequestHints.$Properties;
    }

    /**
     * Properties of a SeriesRequest.
     * @deprecated Use thanos.SeriesRequest.$Properties instead.
     */
    interface ISeriesRequest extends thanos.SeriesRequest.$Properties {
    }

    /** Represents a SeriesRequest. */
    class SeriesRequest {

        /**
         * Constructs a new SeriesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.SeriesRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SeriesRequest minTime. */
        minTime: (number|Long);

        /** SeriesRequest maxTime. */
        maxTime: (number|Long);

        /** SeriesRequest matchers. */
        matchers: thanos.LabelMatcher.$Properties[];

        /** SeriesRequest skipChunks. */
        skipChunks: boolean;

        /** SeriesRequest requestHints. */
        requestHints?: (thanos.RequestHints.$Properties|null);

        /** SeriesRequest streamingChunksBatchSize. */
        streamingChunksBatchSize: (number|Long);

        /**
         * Creates a new SeriesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SeriesRequest instance
         */
        static create(properties: thanos.SeriesRequest.$Shape): thanos.SeriesRequest & thanos.SeriesRequest.$Shape;
        static create(properties?: thanos.SeriesRequest.$Properties): thanos.SeriesRequest;

        /**
         * Encodes the specified SeriesRequest message. Does not implicitly {@link thanos.SeriesRequest.verify|verify} messages.
         * @param message SeriesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.SeriesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SeriesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.SeriesRequest & thanos.SeriesRequest.$Shape} SeriesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.SeriesRequest & thanos.SeriesRequest.$Shape;

        /**
         * Creates a SeriesRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SeriesRequest
         */
        static fromObject(object: { [k: string]: any }): thanos.SeriesRequest;

        /**
         * Creates a plain object from a SeriesRequest message. Also converts values to other types if specified.
         * @param message SeriesRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.SeriesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SeriesRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SeriesRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SeriesRequest {

        /** Properties of a SeriesRequest. */
        interface $Properties {

            /** SeriesRequest minTime */
            minTime?: (number|Long|null);

            /** SeriesRequest maxTime */
            maxTime?: (number|Long|null);

            /** SeriesRequest matchers */
            matchers?: (thanos.LabelMatcher.$Properties[]|null);

            /** SeriesRequest skipChunks */
            skipChunks?: (boolean|null);

            /** SeriesRequest requestHints */
            requestHints?: (thanos.RequestHints.$Properties|null);

            /** SeriesRequest streamingChunksBatchSize */
            streamingChunksBatchSize?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SeriesRequest. */
        type $Shape = thanos.SeriesRequest.$Properties;
    }

    /**
     * Properties of a Stats.
     * @deprecated Use thanos.Stats.$Properties instead.
     */
    interface IStats extends thanos.Stats.$Properties {
    }

    /** Represents a Stats. */
    class Stats {

        /**
         * Constructs a new Stats.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.Stats.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Stats fetchedIndexBytes. */
        fetchedIndexBytes: (number|Long);

        /**
         * Creates a new Stats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Stats instance
         */
        static create(properties: thanos.Stats.$Shape): thanos.Stats & thanos.Stats.$Shape;
        static create(properties?: thanos.Stats.$Properties): thanos.Stats;

        /**
         * Encodes the specified Stats message. Does not implicitly {@link thanos.Stats.verify|verify} messages.
         * @param message Stats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.Stats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Stats message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.Stats & thanos.Stats.$Shape} Stats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.Stats & thanos.Stats.$Shape;

        /**
         * Creates a Stats message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Stats
         */
        static fromObject(object: { [k: string]: any }): thanos.Stats;

        /**
         * Creates a plain object from a Stats message. Also converts values to other types if specified.
         * @param message Stats
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.Stats, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Stats to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Stats
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Stats {

        /** Properties of a Stats. */
        interface $Properties {

            /** Stats fetchedIndexBytes */
            fetchedIndexBytes?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Stats. */
        type $Shape = thanos.Stats.$Properties;
    }

    /**
     * Properties of a Block.
     * @deprecated Use thanos.Block.$Properties instead.
     */
    interface IBlock extends thanos.Block.$Properties {
    }

    /** Represents a Block. */
    class Block {

        /**
         * Constructs a new Block.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.Block.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Block id. */
        id: string;

        /**
         * Creates a new Block instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Block instance
         */
        static create(properties: thanos.Block.$Shape): thanos.Block & thanos.Block.$Shape;
        static create(properties?: thanos.Block.$Properties): thanos.Block;

        /**
         * Encodes the specified Block message. Does not implicitly {@link thanos.Block.verify|verify} messages.
         * @param message Block message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.Block.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Block message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.Block & thanos.Block.$Shape} Block
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.Block & thanos.Block.$Shape;

        /**
         * Creates a Block message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns Block
         */
        static fromObject(object: { [k: string]: any }): thanos.Block;

        /**
         * Creates a plain object from a Block message. Also converts values to other types if specified.
         * @param message Block
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.Block, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this Block to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for Block
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace Block {

        /** Properties of a Block. */
        interface $Properties {

            /** Block id */
            id?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Block. */
        type $Shape = thanos.Block.$Properties;
    }

    /**
     * Properties of a SeriesResponseHints.
     * @deprecated Use thanos.SeriesResponseHints.$Properties instead.
     */
    interface ISeriesResponseHints extends thanos.SeriesResponseHints.$Properties {
    }

    /** Represents a SeriesResponseHints. */
    class SeriesResponseHints {

        /**
         * Constructs a new SeriesResponseHints.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.SeriesResponseHints.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SeriesResponseHints queriedBlocks. */
        queriedBlocks: thanos.Block.$Properties[];

        /**
         * Creates a new SeriesResponseHints instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SeriesResponseHints instance
         */
        static create(properties: thanos.SeriesResponseHints.$Shape): thanos.SeriesResponseHints & thanos.SeriesResponseHints.$Shape;
        static create(properties?: thanos.SeriesResponseHints.$Properties): thanos.SeriesResponseHints;

        /**
         * Encodes the specified SeriesResponseHints message. Does not implicitly {@link thanos.SeriesResponseHints.verify|verify} messages.
         * @param message SeriesResponseHints message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.SeriesResponseHints.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SeriesResponseHints message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.SeriesResponseHints & thanos.SeriesResponseHints.$Shape} SeriesResponseHints
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.SeriesResponseHints & thanos.SeriesResponseHints.$Shape;

        /**
         * Creates a SeriesResponseHints message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SeriesResponseHints
         */
        static fromObject(object: { [k: string]: any }): thanos.SeriesResponseHints;

        /**
         * Creates a plain object from a SeriesResponseHints message. Also converts values to other types if specified.
         * @param message SeriesResponseHints
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.SeriesResponseHints, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SeriesResponseHints to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SeriesResponseHints
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SeriesResponseHints {

        /** Properties of a SeriesResponseHints. */
        interface $Properties {

            /** SeriesResponseHints queriedBlocks */
            queriedBlocks?: (thanos.Block.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SeriesResponseHints. */
        type $Shape = thanos.SeriesResponseHints.$Properties;
    }

    /**
     * Properties of a ChunkData.
     * @deprecated Use thanos.ChunkData.$Properties instead.
     */
    interface IChunkData extends thanos.ChunkData.$Properties {
    }

    /** Represents a ChunkData. */
    class ChunkData {

        /**
         * Constructs a new ChunkData.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.ChunkData.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ChunkData type. */
        type: thanos.ChunkData.Encoding;

        /** ChunkData data. */
        data: Uint8Array;

        /**
         * Creates a new ChunkData instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ChunkData instance
         */
        static create(properties: thanos.ChunkData.$Shape): thanos.ChunkData & thanos.ChunkData.$Shape;
        static create(properties?: thanos.ChunkData.$Properties): thanos.ChunkData;

        /**
         * Encodes the specified ChunkData message. Does not implicitly {@link thanos.ChunkData.verify|verify} messages.
         * @param message ChunkData message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.ChunkData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ChunkData message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.ChunkData & thanos.ChunkData.$Shape} ChunkData
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.ChunkData & thanos.ChunkData.$Shape;

        /**
         * Creates a ChunkData message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns ChunkData
         */
        static fromObject(object: { [k: string]: any }): thanos.ChunkData;

        /**
         * Creates a plain object from a ChunkData message. Also converts values to other types if specified.
         * @param message ChunkData
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.ChunkData, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this ChunkData to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for ChunkData
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace ChunkData {

        /** Properties of a ChunkData. */
        interface $Properties {

            /** ChunkData type */
            type?: (thanos.ChunkData.Encoding|null);

            /** ChunkData data */
            data?: (Uint8Array|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ChunkData. */
        type $Shape = thanos.ChunkData.$Properties;

        /** Encoding enum. */
        enum Encoding {

            /** XOR value */
            XOR = 0,

            /** HISTOGRAM value */
            HISTOGRAM = 1,

            /** FLOAT_HISTOGRAM value */
            FLOAT_HISTOGRAM = 2
        }
    }

    /**
     * Properties of an AggrChunk.
     * @deprecated Use thanos.AggrChunk.$Properties instead.
     */
    interface IAggrChunk extends thanos.AggrChunk.$Properties {
    }

    /** Represents an AggrChunk. */
    class AggrChunk {

        /**
         * Constructs a new AggrChunk.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.AggrChunk.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AggrChunk minTime. */
        minTime: (number|Long);

        /** AggrChunk maxTime. */
        maxTime: (number|Long);

        /** AggrChunk raw. */
        raw?: (thanos.ChunkData.$Properties|null);

        /**
         * Creates a new AggrChunk instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AggrChunk instance
         */
        static create(properties: thanos.AggrChunk.$Shape): thanos.AggrChunk & thanos.AggrChunk.$Shape;
        static create(properties?: thanos.AggrChunk.$Properties): thanos.AggrChunk;

        /**
         * Encodes the specified AggrChunk message. Does not implicitly {@link thanos.AggrChunk.verify|verify} messages.
         * @param message AggrChunk message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.AggrChunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AggrChunk message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.AggrChunk & thanos.AggrChunk.$Shape} AggrChunk
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.AggrChunk & thanos.AggrChunk.$Shape;

        /**
         * Creates an AggrChunk message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns AggrChunk
         */
        static fromObject(object: { [k: string]: any }): thanos.AggrChunk;

        /**
         * Creates a plain object from an AggrChunk message. Also converts values to other types if specified.
         * @param message AggrChunk
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.AggrChunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this AggrChunk to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for AggrChunk
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace AggrChunk {

        /** Properties of an AggrChunk. */
        interface $Properties {

            /** AggrChunk minTime */
            minTime?: (number|Long|null);

            /** AggrChunk maxTime */
            maxTime?: (number|Long|null);

            /** AggrChunk raw */
            raw?: (thanos.ChunkData.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AggrChunk. */
        type $Shape = thanos.AggrChunk.$Properties;
    }

    /**
     * Properties of a StreamingSeries.
     * @deprecated Use thanos.StreamingSeries.$Properties instead.
     */
    interface IStreamingSeries extends thanos.StreamingSeries.$Properties {
    }

    /** Represents a StreamingSeries. */
    class StreamingSeries {

        /**
         * Constructs a new StreamingSeries.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.StreamingSeries.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StreamingSeries labels. */
        labels: prometheus.Label.$Properties[];

        /**
         * Creates a new StreamingSeries instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StreamingSeries instance
         */
        static create(properties: thanos.StreamingSeries.$Shape): thanos.StreamingSeries & thanos.StreamingSeries.$Shape;
        static create(properties?: thanos.StreamingSeries.$Properties): thanos.StreamingSeries;

        /**
         * Encodes the specified StreamingSeries message. Does not implicitly {@link thanos.StreamingSeries.verify|verify} messages.
         * @param message StreamingSeries message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.StreamingSeries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StreamingSeries message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.StreamingSeries & thanos.StreamingSeries.$Shape} StreamingSeries
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.StreamingSeries & thanos.StreamingSeries.$Shape;

        /**
         * Creates a StreamingSeries message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StreamingSeries
         */
        static fromObject(object: { [k: string]: any }): thanos.StreamingSeries;

        /**
         * Creates a plain object from a StreamingSeries message. Also converts values to other types if specified.
         * @param message StreamingSeries
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.StreamingSeries, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StreamingSeries to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for StreamingSeries
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace StreamingSeries {

        /** Properties of a StreamingSeries. */
        interface $Properties {

            /** StreamingSeries labels */
            labels?: (prometheus.Label.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StreamingSeries. */
        type $Shape = thanos.StreamingSeries.$Properties;
    }

    /**
     * Properties of a StreamingSeriesBatch.
     * @deprecated Use thanos.StreamingSeriesBatch.$Properties instead.
     */
    interface IStreamingSeriesBatch extends thanos.StreamingSeriesBatch.$Properties {
    }

    /** Represents a StreamingSeriesBatch. */
    class StreamingSeriesBatch {

        /**
         * Constructs a new StreamingSeriesBatch.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.StreamingSeriesBatch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StreamingSeriesBatch series. */
        series: thanos.StreamingSeries.$Properties[];

        /** StreamingSeriesBatch isEndOfSeriesStream. */
        isEndOfSeriesStream: boolean;

        /**
         * Creates a new StreamingSeriesBatch instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StreamingSeriesBatch instance
         */
        static create(properties: thanos.StreamingSeriesBatch.$Shape): thanos.StreamingSeriesBatch & thanos.StreamingSeriesBatch.$Shape;
        static create(properties?: thanos.StreamingSeriesBatch.$Properties): thanos.StreamingSeriesBatch;

        /**
         * Encodes the specified StreamingSeriesBatch message. Does not implicitly {@link thanos.StreamingSeriesBatch.verify|verify} messages.
         * @param message StreamingSeriesBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.StreamingSeriesBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StreamingSeriesBatch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.StreamingSeriesBatch & thanos.StreamingSeriesBatch.$Shape} StreamingSeriesBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.StreamingSeriesBatch & thanos.StreamingSeriesBatch.$Shape;

        /**
         * Creates a StreamingSeriesBatch message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StreamingSeriesBatch
         */
        static fromObject(object: { [k: string]: any }): thanos.StreamingSeriesBatch;

        /**
         * Creates a plain object from a StreamingSeriesBatch message. Also converts values to other types if specified.
         * @param message StreamingSeriesBatch
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.StreamingSeriesBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StreamingSeriesBatch to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for StreamingSeriesBatch
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace StreamingSeriesBatch {

        /** Properties of a StreamingSeriesBatch. */
        interface $Properties {

            /** StreamingSeriesBatch series */
            series?: (thanos.StreamingSeries.$Properties[]|null);

            /** StreamingSeriesBatch isEndOfSeriesStream */
            isEndOfSeriesStream?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StreamingSeriesBatch. */
        type $Shape = thanos.StreamingSeriesBatch.$Properties;
    }

    /**
     * Properties of a StreamingChunks.
     * @deprecated Use thanos.StreamingChunks.$Properties instead.
     */
    interface IStreamingChunks extends thanos.StreamingChunks.$Properties {
    }

    /** Represents a StreamingChunks. */
    class StreamingChunks {

        /**
         * Constructs a new StreamingChunks.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.StreamingChunks.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StreamingChunks seriesIndex. */
        seriesIndex: (number|Long);

        /** StreamingChunks chunks. */
        chunks: thanos.AggrChunk.$Properties[];

        /**
         * Creates a new StreamingChunks instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StreamingChunks instance
         */
        static create(properties: thanos.StreamingChunks.$Shape): thanos.StreamingChunks & thanos.StreamingChunks.$Shape;
        static create(properties?: thanos.StreamingChunks.$Properties): thanos.StreamingChunks;

        /**
         * Encodes the specified StreamingChunks message. Does not implicitly {@link thanos.StreamingChunks.verify|verify} messages.
         * @param message StreamingChunks message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.StreamingChunks.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StreamingChunks message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.StreamingChunks & thanos.StreamingChunks.$Shape} StreamingChunks
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.StreamingChunks & thanos.StreamingChunks.$Shape;

        /**
         * Creates a StreamingChunks message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StreamingChunks
         */
        static fromObject(object: { [k: string]: any }): thanos.StreamingChunks;

        /**
         * Creates a plain object from a StreamingChunks message. Also converts values to other types if specified.
         * @param message StreamingChunks
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.StreamingChunks, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StreamingChunks to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for StreamingChunks
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace StreamingChunks {

        /** Properties of a StreamingChunks. */
        interface $Properties {

            /** StreamingChunks seriesIndex */
            seriesIndex?: (number|Long|null);

            /** StreamingChunks chunks */
            chunks?: (thanos.AggrChunk.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StreamingChunks. */
        type $Shape = thanos.StreamingChunks.$Properties;
    }

    /**
     * Properties of a StreamingChunksBatch.
     * @deprecated Use thanos.StreamingChunksBatch.$Properties instead.
     */
    interface IStreamingChunksBatch extends thanos.StreamingChunksBatch.$Properties {
    }

    /** Represents a StreamingChunksBatch. */
    class StreamingChunksBatch {

        /**
         * Constructs a new StreamingChunksBatch.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.StreamingChunksBatch.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StreamingChunksBatch series. */
        series: thanos.StreamingChunks.$Properties[];

        /**
         * Creates a new StreamingChunksBatch instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StreamingChunksBatch instance
         */
        static create(properties: thanos.StreamingChunksBatch.$Shape): thanos.StreamingChunksBatch & thanos.StreamingChunksBatch.$Shape;
        static create(properties?: thanos.StreamingChunksBatch.$Properties): thanos.StreamingChunksBatch;

        /**
         * Encodes the specified StreamingChunksBatch message. Does not implicitly {@link thanos.StreamingChunksBatch.verify|verify} messages.
         * @param message StreamingChunksBatch message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.StreamingChunksBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StreamingChunksBatch message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.StreamingChunksBatch & thanos.StreamingChunksBatch.$Shape} StreamingChunksBatch
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.StreamingChunksBatch & thanos.StreamingChunksBatch.$Shape;

        /**
         * Creates a StreamingChunksBatch message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StreamingChunksBatch
         */
        static fromObject(object: { [k: string]: any }): thanos.StreamingChunksBatch;

        /**
         * Creates a plain object from a StreamingChunksBatch message. Also converts values to other types if specified.
         * @param message StreamingChunksBatch
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.StreamingChunksBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StreamingChunksBatch to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for StreamingChunksBatch
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace StreamingChunksBatch {

        /** Properties of a StreamingChunksBatch. */
        interface $Properties {

            /** StreamingChunksBatch series */
            series?: (thanos.StreamingChunks.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StreamingChunksBatch. */
        type $Shape = thanos.StreamingChunksBatch.$Properties;
    }

    /**
     * Properties of a StreamingChunksEstimate.
     * @deprecated Use thanos.StreamingChunksEstimate.$Properties instead.
     */
    interface IStreamingChunksEstimate extends thanos.StreamingChunksEstimate.$Properties {
    }

    /** Represents a StreamingChunksEstimate. */
    class StreamingChunksEstimate {

        /**
         * Constructs a new StreamingChunksEstimate.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.StreamingChunksEstimate.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StreamingChunksEstimate estimatedChunkCount. */
        estimatedChunkCount: (number|Long);

        /**
         * Creates a new StreamingChunksEstimate instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StreamingChunksEstimate instance
         */
        static create(properties: thanos.StreamingChunksEstimate.$Shape): thanos.StreamingChunksEstimate & thanos.StreamingChunksEstimate.$Shape;
        static create(properties?: thanos.StreamingChunksEstimate.$Properties): thanos.StreamingChunksEstimate;

        /**
         * Encodes the specified StreamingChunksEstimate message. Does not implicitly {@link thanos.StreamingChunksEstimate.verify|verify} messages.
         * @param message StreamingChunksEstimate message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.StreamingChunksEstimate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StreamingChunksEstimate message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.StreamingChunksEstimate & thanos.StreamingChunksEstimate.$Shape} StreamingChunksEstimate
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.StreamingChunksEstimate & thanos.StreamingChunksEstimate.$Shape;

        /**
         * Creates a StreamingChunksEstimate message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns StreamingChunksEstimate
         */
        static fromObject(object: { [k: string]: any }): thanos.StreamingChunksEstimate;

        /**
         * Creates a plain object from a StreamingChunksEstimate message. Also converts values to other types if specified.
         * @param message StreamingChunksEstimate
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.StreamingChunksEstimate, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this StreamingChunksEstimate to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for StreamingChunksEstimate
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace StreamingChunksEstimate {

        /** Properties of a StreamingChunksEstimate. */
        interface $Properties {

            /** StreamingChunksEstimate estimatedChunkCount */
            estimatedChunkCount?: (number|Long|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StreamingChunksEstimate. */
        type $Shape = thanos.StreamingChunksEstimate.$Properties;
    }

    /**
     * Properties of a SeriesResponse.
     * @deprecated Use thanos.SeriesResponse.$Properties instead.
     */
    interface ISeriesResponse extends thanos.SeriesResponse.$Properties {
    }

    /** Represents a SeriesResponse. */
    class SeriesResponse {

        /**
         * Constructs a new SeriesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.SeriesResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SeriesResponse warning. */
        warning?: (string|null);

        /** SeriesResponse stats. */
        stats?: (thanos.Stats.$Properties|null);

        /** SeriesResponse streamingSeries. */
        streamingSeries?: (thanos.StreamingSeriesBatch.$Properties|null);

        /** SeriesResponse streamingChunks. */
        streamingChunks?: (thanos.StreamingChunksBatch.$Properties|null);

        /** SeriesResponse streamingChunksEstimate. */
        streamingChunksEstimate?: (thanos.StreamingChunksEstimate.$Properties|null);

        /** SeriesResponse responseHints. */
        responseHints?: (thanos.SeriesResponseHints.$Properties|null);

        /** SeriesResponse result. */
        result?: ("warning"|"stats"|"streamingSeries"|"streamingChunks"|"streamingChunksEstimate"|"responseHints");

        /**
         * Creates a new SeriesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SeriesResponse instance
         */
        static create(properties: thanos.SeriesResponse.$Shape): thanos.SeriesResponse & thanos.SeriesResponse.$Shape;
        static create(properties?: thanos.SeriesResponse.$Properties): thanos.SeriesResponse;

        /**
         * Encodes the specified SeriesResponse message. Does not implicitly {@link thanos.SeriesResponse.verify|verify} messages.
         * @param message SeriesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.SeriesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SeriesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.SeriesResponse & thanos.SeriesResponse.$Shape} SeriesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.SeriesResponse & thanos.SeriesResponse.$Shape;

        /**
         * Creates a SeriesResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns SeriesResponse
         */
        static fromObject(object: { [k: string]: any }): thanos.SeriesResponse;

        /**
         * Creates a plain object from a SeriesResponse message. Also converts values to other types if specified.
         * @param message SeriesResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.SeriesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this SeriesResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for SeriesResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace SeriesResponse {

        /** Properties of a SeriesResponse. */
        interface $Properties {

            /** SeriesResponse warning */
            warning?: (string|null);

            /** SeriesResponse stats */
            stats?: (thanos.Stats.$Properties|null);

            /** SeriesResponse streamingSeries */
            streamingSeries?: (thanos.StreamingSeriesBatch.$Properties|null);

            /** SeriesResponse streamingChunks */
            streamingChunks?: (thanos.StreamingChunksBatch.$Properties|null);

            /** SeriesResponse streamingChunksEstimate */
            streamingChunksEstimate?: (thanos.StreamingChunksEstimate.$Properties|null);

            /** SeriesResponse responseHints */
            responseHints?: (thanos.SeriesResponseHints.$Properties|null);

            /** SeriesResponse result */
            result?: ("warning"|"stats"|"streamingSeries"|"streamingChunks"|"streamingChunksEstimate"|"responseHints");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a SeriesResponse. */
        type $Shape = {
          warning?: string|null;
          stats?: thanos.Stats.$Shape|null;
          streamingSeries?: thanos.StreamingSeriesBatch.$Shape|null;
          streamingChunks?: thanos.StreamingChunksBatch.$Shape|null;
          streamingChunksEstimate?: thanos.StreamingChunksEstimate.$Shape|null;
          responseHints?: thanos.SeriesResponseHints.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ result?: undefined; warning?: null; stats?: null; streamingSeries?: null; streamingChunks?: null; streamingChunksEstimate?: null; responseHints?: null }|{ result?: "warning"; warning: string; stats?: null; streamingSeries?: null; streamingChunks?: null; streamingChunksEstimate?: null; responseHints?: null }|{ result?: "stats"; warning?: null; stats: thanos.Stats.$Shape; streamingSeries?: null; streamingChunks?: null; streamingChunksEstimate?: null; responseHints?: null }|{ result?: "streamingSeries"; warning?: null; stats?: null; streamingSeries: thanos.StreamingSeriesBatch.$Shape; streamingChunks?: null; streamingChunksEstimate?: null; responseHints?: null }|{ result?: "streamingChunks"; warning?: null; stats?: null; streamingSeries?: null; streamingChunks: thanos.StreamingChunksBatch.$Shape; streamingChunksEstimate?: null; responseHints?: null }|{ result?: "streamingChunksEstimate"; warning?: null; stats?: null; streamingSeries?: null; streamingChunks?: null; streamingChunksEstimate: thanos.StreamingChunksEstimate.$Shape; responseHints?: null }|{ result?: "responseHints"; warning?: null; stats?: null; streamingSeries?: null; streamingChunks?: null; streamingChunksEstimate?: null; responseHints: thanos.SeriesResponseHints.$Shape })
        );
    }

    /**
     * Properties of a LabelNamesRequest.
     * @deprecated Use thanos.LabelNamesRequest.$Properties instead.
     */
    interface ILabelNamesRequest extends thanos.LabelNamesRequest.$Properties {
    }

    /** Represents a LabelNamesRequest. */
    class LabelNamesRequest {

        /**
         * Constructs a new LabelNamesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.LabelNamesRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelNamesRequest start. */
        start: (number|Long);

        /** LabelNamesRequest end. */
        end: (number|Long);

        /** LabelNamesRequest matchers. */
        matchers: thanos.LabelMatcher.$Properties[];

        /** LabelNamesRequest limit. */
        limit: (number|Long);

        /** LabelNamesRequest requestHints. */
        requestHints?: (thanos.RequestHints.$Properties|null);

        /**
         * Creates a new LabelNamesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelNamesRequest instance
         */
        static create(properties: thanos.LabelNamesRequest.$Shape): thanos.LabelNamesRequest & thanos.LabelNamesRequest.$Shape;
        static create(properties?: thanos.LabelNamesRequest.$Properties): thanos.LabelNamesRequest;

        /**
         * Encodes the specified LabelNamesRequest message. Does not implicitly {@link thanos.LabelNamesRequest.verify|verify} messages.
         * @param message LabelNamesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.LabelNamesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelNamesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.LabelNamesRequest & thanos.LabelNamesRequest.$Shape} LabelNamesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.LabelNamesRequest & thanos.LabelNamesRequest.$Shape;

        /**
         * Creates a LabelNamesRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelNamesRequest
         */
        static fromObject(object: { [k: string]: any }): thanos.LabelNamesRequest;

        /**
         * Creates a plain object from a LabelNamesRequest message. Also converts values to other types if specified.
         * @param message LabelNamesRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.LabelNamesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelNamesRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelNamesRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelNamesRequest {

        /** Properties of a LabelNamesRequest. */
        interface $Properties {

            /** LabelNamesRequest start */
            start?: (number|Long|null);

            /** LabelNamesRequest end */
            end?: (number|Long|null);

            /** LabelNamesRequest matchers */
            matchers?: (thanos.LabelMatcher.$Properties[]|null);

            /** LabelNamesRequest limit */
            limit?: (number|Long|null);

            /** LabelNamesRequest requestHints */
            requestHints?: (thanos.RequestHints.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelNamesRequest. */
        type $Shape = thanos.LabelNamesRequest.$Properties;
    }

    /**
     * Properties of a LabelNamesResponse.
     * @deprecated Use thanos.LabelNamesResponse.$Properties instead.
     */
    interface ILabelNamesResponse extends thanos.LabelNamesResponse.$Properties {
    }

    /** Represents a LabelNamesResponse. */
    class LabelNamesResponse {

        /**
         * Constructs a new LabelNamesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.LabelNamesResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelNamesResponse names. */
        names: string[];

        /** LabelNamesResponse warnings. */
        warnings: string[];

        /** LabelNamesResponse responseHints. */
        responseHints?: (thanos.SeriesResponseHints.$Properties|null);

        /**
         * Creates a new LabelNamesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelNamesResponse instance
         */
        static create(properties: thanos.LabelNamesResponse.$Shape): thanos.LabelNamesResponse & thanos.LabelNamesResponse.$Shape;
        static create(properties?: thanos.LabelNamesResponse.$Properties): thanos.LabelNamesResponse;

        /**
         * Encodes the specified LabelNamesResponse message. Does not implicitly {@link thanos.LabelNamesResponse.verify|verify} messages.
         * @param message LabelNamesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.LabelNamesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelNamesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.LabelNamesResponse & thanos.LabelNamesResponse.$Shape} LabelNamesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.LabelNamesResponse & thanos.LabelNamesResponse.$Shape;

        /**
         * Creates a LabelNamesResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelNamesResponse
         */
        static fromObject(object: { [k: string]: any }): thanos.LabelNamesResponse;

        /**
         * Creates a plain object from a LabelNamesResponse message. Also converts values to other types if specified.
         * @param message LabelNamesResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.LabelNamesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelNamesResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelNamesResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelNamesResponse {

        /** Properties of a LabelNamesResponse. */
        interface $Properties {

            /** LabelNamesResponse names */
            names?: (string[]|null);

            /** LabelNamesResponse warnings */
            warnings?: (string[]|null);

            /** LabelNamesResponse responseHints */
            responseHints?: (thanos.SeriesResponseHints.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelNamesResponse. */
        type $Shape = thanos.LabelNamesResponse.$Properties;
    }

    /**
     * Properties of a LabelValuesRequest.
     * @deprecated Use thanos.LabelValuesRequest.$Properties instead.
     */
    interface ILabelValuesRequest extends thanos.LabelValuesRequest.$Properties {
    }

    /** Represents a LabelValuesRequest. */
    class LabelValuesRequest {

        /**
         * Constructs a new LabelValuesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.LabelValuesRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelValuesRequest label. */
        label: string;

        /** LabelValuesRequest start. */
        start: (number|Long);

        /** LabelValuesRequest end. */
        end: (number|Long);

        /** LabelValuesRequest matchers. */
        matchers: thanos.LabelMatcher.$Properties[];

        /** LabelValuesRequest limit. */
        limit: (number|Long);

        /** LabelValuesRequest requestHints. */
        requestHints?: (thanos.RequestHints.$Properties|null);

        /**
         * Creates a new LabelValuesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelValuesRequest instance
         */
        static create(properties: thanos.LabelValuesRequest.$Shape): thanos.LabelValuesRequest & thanos.LabelValuesRequest.$Shape;
        static create(properties?: thanos.LabelValuesRequest.$Properties): thanos.LabelValuesRequest;

        /**
         * Encodes the specified LabelValuesRequest message. Does not implicitly {@link thanos.LabelValuesRequest.verify|verify} messages.
         * @param message LabelValuesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.LabelValuesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelValuesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.LabelValuesRequest & thanos.LabelValuesRequest.$Shape} LabelValuesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.LabelValuesRequest & thanos.LabelValuesRequest.$Shape;

        /**
         * Creates a LabelValuesRequest message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelValuesRequest
         */
        static fromObject(object: { [k: string]: any }): thanos.LabelValuesRequest;

        /**
         * Creates a plain object from a LabelValuesRequest message. Also converts values to other types if specified.
         * @param message LabelValuesRequest
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.LabelValuesRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelValuesRequest to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelValuesRequest
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelValuesRequest {

        /** Properties of a LabelValuesRequest. */
        interface $Properties {

            /** LabelValuesRequest label */
            label?: (string|null);

            /** LabelValuesRequest start */
            start?: (number|Long|null);

            /** LabelValuesRequest end */
            end?: (number|Long|null);

            /** LabelValuesRequest matchers */
            matchers?: (thanos.LabelMatcher.$Properties[]|null);

            /** LabelValuesRequest limit */
            limit?: (number|Long|null);

            /** LabelValuesRequest requestHints */
            requestHints?: (thanos.RequestHints.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelValuesRequest. */
        type $Shape = thanos.LabelValuesRequest.$Properties;
    }

    /**
     * Properties of a LabelValuesResponse.
     * @deprecated Use thanos.LabelValuesResponse.$Properties instead.
     */
    interface ILabelValuesResponse extends thanos.LabelValuesResponse.$Properties {
    }

    /** Represents a LabelValuesResponse. */
    class LabelValuesResponse {

        /**
         * Constructs a new LabelValuesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: thanos.LabelValuesResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LabelValuesResponse values. */
        values: string[];

        /** LabelValuesResponse warnings. */
        warnings: string[];

        /** LabelValuesResponse responseHints. */
        responseHints?: (thanos.SeriesResponseHints.$Properties|null);

        /**
         * Creates a new LabelValuesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LabelValuesResponse instance
         */
        static create(properties: thanos.LabelValuesResponse.$Shape): thanos.LabelValuesResponse & thanos.LabelValuesResponse.$Shape;
        static create(properties?: thanos.LabelValuesResponse.$Properties): thanos.LabelValuesResponse;

        /**
         * Encodes the specified LabelValuesResponse message. Does not implicitly {@link thanos.LabelValuesResponse.verify|verify} messages.
         * @param message LabelValuesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: thanos.LabelValuesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LabelValuesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {thanos.LabelValuesResponse & thanos.LabelValuesResponse.$Shape} LabelValuesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): thanos.LabelValuesResponse & thanos.LabelValuesResponse.$Shape;

        /**
         * Creates a LabelValuesResponse message from a plain object. Also converts values to their respective internal types.
         * @param object Plain object
         * @returns LabelValuesResponse
         */
        static fromObject(object: { [k: string]: any }): thanos.LabelValuesResponse;

        /**
         * Creates a plain object from a LabelValuesResponse message. Also converts values to other types if specified.
         * @param message LabelValuesResponse
         * @param [options] Conversion options
         * @returns Plain object
         */
        static toObject(message: thanos.LabelValuesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

        /**
         * Converts this LabelValuesResponse to JSON.
         * @returns JSON object
         */
        toJSON(): { [k: string]: any };

        /**
         * Gets the type url for LabelValuesResponse
         * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns The type url
         */
        static getTypeUrl(prefix?: string): string;
    }

    namespace LabelValuesResponse {

        /** Properties of a LabelValuesResponse. */
        interface $Properties {

            /** LabelValuesResponse values */
            values?: (string[]|null);

            /** LabelValuesResponse warnings */
            warnings?: (string[]|null);

            /** LabelValuesResponse responseHints */
            responseHints?: (thanos.SeriesResponseHints.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LabelValuesResponse. */
        type $Shape = thanos.LabelValuesResponse.$Properties;
    }
}
