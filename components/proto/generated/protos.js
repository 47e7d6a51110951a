/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $Array = $util.global.Array, $String = $util.global.String, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const cortex = $root.cortex = (() => {

    const cortex = {};

    cortex.WriteResponse = (function() {

        const WriteResponse = function (properties) {
            this.softErrors = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        WriteResponse.prototype.samplesWritten = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        WriteResponse.prototype.exemplarsWritten = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        WriteResponse.prototype.softErrors = $util.emptyArray;

        WriteResponse.create = function(properties) {
            return new WriteResponse(properties);
        };

        WriteResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.samplesWritten != null && $Object.hasOwnProperty.call(message, "samplesWritten") && (typeof message.samplesWritten === "object" ? message.samplesWritten.low || message.samplesWritten.high : message.samplesWritten !== 0))
                writer.uint32(800).int64(message.samplesWritten);
            if (message.exemplarsWritten != null && $Object.hasOwnProperty.call(message, "exemplarsWritten") && (typeof message.exemplarsWritten === "object" ? message.exemplarsWritten.low || message.exemplarsWritten.high : message.exemplarsWritten !== 0))
                writer.uint32(808).int64(message.exemplarsWritten);
            if (message.softErrors != null && message.softErrors.length)
                for (let i = 0; i < message.softErrors.length; ++i)
                    $root.cortex.SoftError.encode(message.softErrors[i], writer.uint32(818).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        WriteResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.WriteResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 100: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.samplesWritten = value;
                        else
                            delete message.samplesWritten;
                        continue;
                    }
                case 101: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.exemplarsWritten = value;
                        else
                            delete message.exemplarsWritten;
                        continue;
                    }
                case 102: {
                        if (wireType !== 2)
                            break;
                        if (!(message.softErrors && message.softErrors.length))
                            message.softErrors = [];
                        message.softErrors.push($root.cortex.SoftError.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        WriteResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.WriteResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.WriteResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.WriteResponse();
            if (object.samplesWritten != null)
                if (typeof object.samplesWritten === "object" ? object.samplesWritten.low || object.samplesWritten.high : $Number(object.samplesWritten) !== 0)
                    if ($util.Long)
                        message.samplesWritten = $util.Long.fromValue(object.samplesWritten, false);
                    else if (typeof object.samplesWritten === "string")
                        message.samplesWritten = $parseInt(object.samplesWritten, 10);
                    else if (typeof object.samplesWritten === "number")
                        message.samplesWritten = object.samplesWritten;
                    else if (typeof object.samplesWritten === "object")
                        message.samplesWritten = new $util.LongBits(object.samplesWritten.low >>> 0, object.samplesWritten.high >>> 0).toNumber();
            if (object.exemplarsWritten != null)
                if (typeof object.exemplarsWritten === "object" ? object.exemplarsWritten.low || object.exemplarsWritten.high : $Number(object.exemplarsWritten) !== 0)
                    if ($util.Long)
                        message.exemplarsWritten = $util.Long.fromValue(object.exemplarsWritten, false);
                    else if (typeof object.exemplarsWritten === "string")
                        message.exemplarsWritten = $parseInt(object.exemplarsWritten, 10);
                    else if (typeof object.exemplarsWritten === "number")
                        message.exemplarsWritten = object.exemplarsWritten;
                    else if (typeof object.exemplarsWritten === "object")
                        message.exemplarsWritten = new $util.LongBits(object.exemplarsWritten.low >>> 0, object.exemplarsWritten.high >>> 0).toNumber();
            if (object.softErrors) {
                if (!$Array.isArray(object.softErrors))
                    throw $TypeError(".cortex.WriteResponse.softErrors: array expected");
                message.softErrors = $Array(object.softErrors.length);
                for (let i = 0; i < object.softErrors.length; ++i) {
                    if (!$util.isObject(object.softErrors[i]))
                        throw $TypeError(".cortex.WriteResponse.softErrors: object expected");
                    message.softErrors[i] = $root.cortex.SoftError.fromObject(object.softErrors[i], _depth + 1);
                }
            }
            return message;
        };

        WriteResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.softErrors = [];
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.samplesWritten = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.samplesWritten = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.exemplarsWritten = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.exemplarsWritten = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.samplesWritten != null && $Object.hasOwnProperty.call(message, "samplesWritten"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.samplesWritten = typeof message.samplesWritten === "number" ? $BigInt(message.samplesWritten) : $util.Long.fromBits(message.samplesWritten.low >>> 0, message.samplesWritten.high >>> 0, false).toBigInt();
                else if (typeof message.samplesWritten === "number")
                    object.samplesWritten = options.longs === $String ? $String(message.samplesWritten) : message.samplesWritten;
                else
                    object.samplesWritten = options.longs === $String ? $util.Long.prototype.toString.call(message.samplesWritten) : options.longs === $Number ? new $util.LongBits(message.samplesWritten.low >>> 0, message.samplesWritten.high >>> 0).toNumber() : message.samplesWritten;
            if (message.exemplarsWritten != null && $Object.hasOwnProperty.call(message, "exemplarsWritten"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.exemplarsWritten = typeof message.exemplarsWritten === "number" ? $BigInt(message.exemplarsWritten) : $util.Long.fromBits(message.exemplarsWritten.low >>> 0, message.exemplarsWritten.high >>> 0, false).toBigInt();
                else if (typeof message.exemplarsWritten === "number")
                    object.exemplarsWritten = options.longs === $String ? $String(message.exemplarsWritten) : message.exemplarsWritten;
                else
                    object.exemplarsWritten = options.longs === $String ? $util.Long.prototype.toString.call(message.exemplarsWritten) : options.longs === $Number ? new $util.LongBits(message.exemplarsWritten.low >>> 0, message.exemplarsWritten.high >>> 0).toNumber() : message.exemplarsWritten;
            if (message.softErrors && message.softErrors.length) {
                object.softErrors = $Array(message.softErrors.length);
                for (let j = 0; j < message.softErrors.length; ++j)
                    object.softErrors[j] = $root.cortex.SoftError.toObject(message.softErrors[j], options, _depth + 1);
            }
            return object;
        };

        WriteResponse.prototype.toJSON = function() {
            return WriteResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        WriteResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.WriteResponse";
        };

        return WriteResponse;
    })();

    cortex.SoftError = (function() {

        const SoftError = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SoftError.prototype.id = "";
        SoftError.prototype.message = "";
        SoftError.prototype.reason = "";
        SoftError.prototype.samples = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        SoftError.create = function(properties) {
            return new SoftError(properties);
        };

        SoftError.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(10).string(message.id);
            if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                writer.uint32(18).string(message.message);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                writer.uint32(26).string(message.reason);
            if (message.samples != null && $Object.hasOwnProperty.call(message, "samples") && (typeof message.samples === "object" ? message.samples.low || message.samples.high : message.samples !== 0))
                writer.uint32(32).int64(message.samples);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SoftError.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.SoftError();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.message = value;
                        else
                            delete message.message;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reason = value;
                        else
                            delete message.reason;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.samples = value;
                        else
                            delete message.samples;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SoftError.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.SoftError)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.SoftError: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.SoftError();
            if (object.id != null)
                if (typeof object.id !== "string" || object.id.length)
                    message.id = $String(object.id);
            if (object.message != null)
                if (typeof object.message !== "string" || object.message.length)
                    message.message = $String(object.message);
            if (object.reason != null)
                if (typeof object.reason !== "string" || object.reason.length)
                    message.reason = $String(object.reason);
            if (object.samples != null)
                if (typeof object.samples === "object" ? object.samples.low || object.samples.high : $Number(object.samples) !== 0)
                    if ($util.Long)
                        message.samples = $util.Long.fromValue(object.samples, false);
                    else if (typeof object.samples === "string")
                        message.samples = $parseInt(object.samples, 10);
                    else if (typeof object.samples === "number")
                        message.samples = object.samples;
                    else if (typeof object.samples === "object")
                        message.samples = new $util.LongBits(object.samples.low >>> 0, object.samples.high >>> 0).toNumber();
            return message;
        };

        SoftError.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.id = "";
                object.message = "";
                object.reason = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.samples = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.samples = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                object.id = message.id;
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                object.message = message.message;
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                object.reason = message.reason;
            if (message.samples != null && $Object.hasOwnProperty.call(message, "samples"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.samples = typeof message.samples === "number" ? $BigInt(message.samples) : $util.Long.fromBits(message.samples.low >>> 0, message.samples.high >>> 0, false).toBigInt();
                else if (typeof message.samples === "number")
                    object.samples = options.longs === $String ? $String(message.samples) : message.samples;
                else
                    object.samples = options.longs === $String ? $util.Long.prototype.toString.call(message.samples) : options.longs === $Number ? new $util.LongBits(message.samples.low >>> 0, message.samples.high >>> 0).toNumber() : message.samples;
            return object;
        };

        SoftError.prototype.toJSON = function() {
            return SoftError.toObject(this, $protobuf.util.toJSONOptions);
        };

        SoftError.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.SoftError";
        };

        return SoftError;
    })();

    cortex.MatchType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "EQUAL"] = 0;
        values[valuesById[1] = "NOT_EQUAL"] = 1;
        values[valuesById[2] = "REGEX_MATCH"] = 2;
        values[valuesById[3] = "REGEX_NO_MATCH"] = 3;
        return values;
    })();

    cortex.LabelMatcher = (function() {

        const LabelMatcher = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelMatcher.prototype.type = 0;
        LabelMatcher.prototype.name = "";
        LabelMatcher.prototype.value = "";

        LabelMatcher.create = function(properties) {
            return new LabelMatcher(properties);
        };

        LabelMatcher.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(8).int32(message.type);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(18).string(message.name);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                writer.uint32(26).string(message.value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelMatcher.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.LabelMatcher();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelMatcher.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.LabelMatcher)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.LabelMatcher: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.LabelMatcher();
            if (object.type !== 0 && (typeof object.type !== "string" || $root.cortex.MatchType[object.type] !== 0))
                switch (object.type) {
                case "EQUAL":
                case 0:
                    message.type = 0;
                    break;
                case "NOT_EQUAL":
                case 1:
                    message.type = 1;
                    break;
                case "REGEX_MATCH":
                case 2:
                    message.type = 2;
                    break;
                case "REGEX_NO_MATCH":
                case 3:
                    message.type = 3;
                    break;
                default:
                    if (typeof object.type === "number" && (object.type | 0) === object.type)
                        message.type = object.type;
                }
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.value != null)
                if (typeof object.value !== "string" || object.value.length)
                    message.value = $String(object.value);
            return message;
        };

        LabelMatcher.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.type = options.enums === $String ? "EQUAL" : 0;
                object.name = "";
                object.value = "";
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === $String ? $root.cortex.MatchType[message.type] === $undefined ? message.type : $root.cortex.MatchType[message.type] : message.type;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = message.value;
            return object;
        };

        LabelMatcher.prototype.toJSON = function() {
            return LabelMatcher.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelMatcher.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.LabelMatcher";
        };

        return LabelMatcher;
    })();

    cortex.LabelMatchers = (function() {

        const LabelMatchers = function (properties) {
            this.matchers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelMatchers.prototype.matchers = $util.emptyArray;

        LabelMatchers.create = function(properties) {
            return new LabelMatchers(properties);
        };

        LabelMatchers.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.matchers != null && message.matchers.length)
                for (let i = 0; i < message.matchers.length; ++i)
                    $root.cortex.LabelMatcher.encode(message.matchers[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelMatchers.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.LabelMatchers();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.matchers && message.matchers.length))
                            message.matchers = [];
                        message.matchers.push($root.cortex.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelMatchers.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.LabelMatchers)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.LabelMatchers: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.LabelMatchers();
            if (object.matchers) {
                if (!$Array.isArray(object.matchers))
                    throw $TypeError(".cortex.LabelMatchers.matchers: array expected");
                message.matchers = $Array(object.matchers.length);
                for (let i = 0; i < object.matchers.length; ++i) {
                    if (!$util.isObject(object.matchers[i]))
                        throw $TypeError(".cortex.LabelMatchers.matchers: object expected");
                    message.matchers[i] = $root.cortex.LabelMatcher.fromObject(object.matchers[i], _depth + 1);
                }
            }
            return message;
        };

        LabelMatchers.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.matchers = [];
            if (message.matchers && message.matchers.length) {
                object.matchers = $Array(message.matchers.length);
                for (let j = 0; j < message.matchers.length; ++j)
                    object.matchers[j] = $root.cortex.LabelMatcher.toObject(message.matchers[j], options, _depth + 1);
            }
            return object;
        };

        LabelMatchers.prototype.toJSON = function() {
            return LabelMatchers.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelMatchers.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.LabelMatchers";
        };

        return LabelMatchers;
    })();

    cortex.QueryRequest = (function() {

        const QueryRequest = function (properties) {
            this.matchers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        QueryRequest.prototype.startTimestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryRequest.prototype.endTimestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueryRequest.prototype.matchers = $util.emptyArray;
        QueryRequest.prototype.streamingChunksBatchSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        QueryRequest.create = function(properties) {
            return new QueryRequest(properties);
        };

        QueryRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.startTimestampMs != null && $Object.hasOwnProperty.call(message, "startTimestampMs") && (typeof message.startTimestampMs === "object" ? message.startTimestampMs.low || message.startTimestampMs.high : message.startTimestampMs !== 0))
                writer.uint32(8).int64(message.startTimestampMs);
            if (message.endTimestampMs != null && $Object.hasOwnProperty.call(message, "endTimestampMs") && (typeof message.endTimestampMs === "object" ? message.endTimestampMs.low || message.endTimestampMs.high : message.endTimestampMs !== 0))
                writer.uint32(16).int64(message.endTimestampMs);
            if (message.matchers != null && message.matchers.length)
                for (let i = 0; i < message.matchers.length; ++i)
                    $root.cortex.LabelMatcher.encode(message.matchers[i], writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.streamingChunksBatchSize != null && $Object.hasOwnProperty.call(message, "streamingChunksBatchSize") && (typeof message.streamingChunksBatchSize === "object" ? message.streamingChunksBatchSize.low || message.streamingChunksBatchSize.high : message.streamingChunksBatchSize !== 0))
                writer.uint32(800).uint64(message.streamingChunksBatchSize);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        QueryRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.QueryRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.startTimestampMs = value;
                        else
                            delete message.startTimestampMs;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.endTimestampMs = value;
                        else
                            delete message.endTimestampMs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.matchers && message.matchers.length))
                            message.matchers = [];
                        message.matchers.push($root.cortex.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 100: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.streamingChunksBatchSize = value;
                        else
                            delete message.streamingChunksBatchSize;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        QueryRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.QueryRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.QueryRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.QueryRequest();
            if (object.startTimestampMs != null)
                if (typeof object.startTimestampMs === "object" ? object.startTimestampMs.low || object.startTimestampMs.high : $Number(object.startTimestampMs) !== 0)
                    if ($util.Long)
                        message.startTimestampMs = $util.Long.fromValue(object.startTimestampMs, false);
                    else if (typeof object.startTimestampMs === "string")
                        message.startTimestampMs = $parseInt(object.startTimestampMs, 10);
                    else if (typeof object.startTimestampMs === "number")
                        message.startTimestampMs = object.startTimestampMs;
                    else if (typeof object.startTimestampMs === "object")
                        message.startTimestampMs = new $util.LongBits(object.startTimestampMs.low >>> 0, object.startTimestampMs.high >>> 0).toNumber();
            if (object.endTimestampMs != null)
                if (typeof object.endTimestampMs === "object" ? object.endTimestampMs.low || object.endTimestampMs.high : $Number(object.endTimestampMs) !== 0)
                    if ($util.Long)
                        message.endTimestampMs = $util.Long.fromValue(object.endTimestampMs, false);
                    else if (typeof object.endTimestampMs === "string")
                        message.endTimestampMs = $parseInt(object.endTimestampMs, 10);
                    else if (typeof object.endTimestampMs === "number")
                        message.endTimestampMs = object.endTimestampMs;
                    else if (typeof object.endTimestampMs === "object")
                        message.endTimestampMs = new $util.LongBits(object.endTimestampMs.low >>> 0, object.endTimestampMs.high >>> 0).toNumber();
            if (object.matchers) {
                if (!$Array.isArray(object.matchers))
                    throw $TypeError(".cortex.QueryRequest.matchers: array expected");
                message.matchers = $Array(object.matchers.length);
                for (let i = 0; i < object.matchers.length; ++i) {
                    if (!$util.isObject(object.matchers[i]))
                        throw $TypeError(".cortex.QueryRequest.matchers: object expected");
                    message.matchers[i] = $root.cortex.LabelMatcher.fromObject(object.matchers[i], _depth + 1);
                }
            }
            if (object.streamingChunksBatchSize != null)
                if (typeof object.streamingChunksBatchSize === "object" ? object.streamingChunksBatchSize.low || object.streamingChunksBatchSize.high : $Number(object.streamingChunksBatchSize) !== 0)
                    if ($util.Long)
                        message.streamingChunksBatchSize = $util.Long.fromValue(object.streamingChunksBatchSize, true);
                    else if (typeof object.streamingChunksBatchSize === "string")
                        message.streamingChunksBatchSize = $parseInt(object.streamingChunksBatchSize, 10);
                    else if (typeof object.streamingChunksBatchSize === "number")
                        message.streamingChunksBatchSize = object.streamingChunksBatchSize;
                    else if (typeof object.streamingChunksBatchSize === "object")
                        message.streamingChunksBatchSize = new $util.LongBits(object.streamingChunksBatchSize.low >>> 0, object.streamingChunksBatchSize.high >>> 0).toNumber(true);
            return message;
        };

        QueryRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.matchers = [];
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.startTimestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.startTimestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.endTimestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.endTimestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.streamingChunksBatchSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.streamingChunksBatchSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.startTimestampMs != null && $Object.hasOwnProperty.call(message, "startTimestampMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.startTimestampMs = typeof message.startTimestampMs === "number" ? $BigInt(message.startTimestampMs) : $util.Long.fromBits(message.startTimestampMs.low >>> 0, message.startTimestampMs.high >>> 0, false).toBigInt();
                else if (typeof message.startTimestampMs === "number")
                    object.startTimestampMs = options.longs === $String ? $String(message.startTimestampMs) : message.startTimestampMs;
                else
                    object.startTimestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimestampMs) : options.longs === $Number ? new $util.LongBits(message.startTimestampMs.low >>> 0, message.startTimestampMs.high >>> 0).toNumber() : message.startTimestampMs;
            if (message.endTimestampMs != null && $Object.hasOwnProperty.call(message, "endTimestampMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.endTimestampMs = typeof message.endTimestampMs === "number" ? $BigInt(message.endTimestampMs) : $util.Long.fromBits(message.endTimestampMs.low >>> 0, message.endTimestampMs.high >>> 0, false).toBigInt();
                else if (typeof message.endTimestampMs === "number")
                    object.endTimestampMs = options.longs === $String ? $String(message.endTimestampMs) : message.endTimestampMs;
                else
                    object.endTimestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.endTimestampMs) : options.longs === $Number ? new $util.LongBits(message.endTimestampMs.low >>> 0, message.endTimestampMs.high >>> 0).toNumber() : message.endTimestampMs;
            if (message.matchers && message.matchers.length) {
                object.matchers = $Array(message.matchers.length);
                for (let j = 0; j < message.matchers.length; ++j)
                    object.matchers[j] = $root.cortex.LabelMatcher.toObject(message.matchers[j], options, _depth + 1);
            }
            if (message.streamingChunksBatchSize != null && $Object.hasOwnProperty.call(message, "streamingChunksBatchSize"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.streamingChunksBatchSize = typeof message.streamingChunksBatchSize === "number" ? $BigInt(message.streamingChunksBatchSize) : $util.Long.fromBits(message.streamingChunksBatchSize.low >>> 0, message.streamingChunksBatchSize.high >>> 0, true).toBigInt();
                else if (typeof message.streamingChunksBatchSize === "number")
                    object.streamingChunksBatchSize = options.longs === $String ? $String(message.streamingChunksBatchSize) : message.streamingChunksBatchSize;
                else
                    object.streamingChunksBatchSize = options.longs === $String ? $util.Long.prototype.toString.call(message.streamingChunksBatchSize) : options.longs === $Number ? new $util.LongBits(message.streamingChunksBatchSize.low >>> 0, message.streamingChunksBatchSize.high >>> 0).toNumber(true) : message.streamingChunksBatchSize;
            return object;
        };

        QueryRequest.prototype.toJSON = function() {
            return QueryRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        QueryRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.QueryRequest";
        };

        return QueryRequest;
    })();

    cortex.QueryStreamResponse = (function() {

        const QueryStreamResponse = function (properties) {
            this.streamingSeries = [];
            this.streamingSeriesChunks = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        QueryStreamResponse.prototype.streamingSeries = $util.emptyArray;
        QueryStreamResponse.prototype.isEndOfSeriesStream = false;
        QueryStreamResponse.prototype.streamingSeriesChunks = $util.emptyArray;

        QueryStreamResponse.create = function(properties) {
            return new QueryStreamResponse(properties);
        };

        QueryStreamResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.streamingSeries != null && message.streamingSeries.length)
                for (let i = 0; i < message.streamingSeries.length; ++i)
                    $root.cortex.QueryStreamSeries.encode(message.streamingSeries[i], writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.isEndOfSeriesStream != null && $Object.hasOwnProperty.call(message, "isEndOfSeriesStream") && message.isEndOfSeriesStream !== false)
                writer.uint32(32).bool(message.isEndOfSeriesStream);
            if (message.streamingSeriesChunks != null && message.streamingSeriesChunks.length)
                for (let i = 0; i < message.streamingSeriesChunks.length; ++i)
                    $root.cortex.QueryStreamSeriesChunks.encode(message.streamingSeriesChunks[i], writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        QueryStreamResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.QueryStreamResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.streamingSeries && message.streamingSeries.length))
                            message.streamingSeries = [];
                        message.streamingSeries.push($root.cortex.QueryStreamSeries.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.isEndOfSeriesStream = value;
                        else
                            delete message.isEndOfSeriesStream;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.streamingSeriesChunks && message.streamingSeriesChunks.length))
                            message.streamingSeriesChunks = [];
                        message.streamingSeriesChunks.push($root.cortex.QueryStreamSeriesChunks.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        QueryStreamResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.QueryStreamResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.QueryStreamResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.QueryStreamResponse();
            if (object.streamingSeries) {
                if (!$Array.isArray(object.streamingSeries))
                    throw $TypeError(".cortex.QueryStreamResponse.streamingSeries: array expected");
                message.streamingSeries = $Array(object.streamingSeries.length);
                for (let i = 0; i < object.streamingSeries.length; ++i) {
                    if (!$util.isObject(object.streamingSeries[i]))
                        throw $TypeError(".cortex.QueryStreamResponse.streamingSeries: object expected");
                    message.streamingSeries[i] = $root.cortex.QueryStreamSeries.fromObject(object.streamingSeries[i], _depth + 1);
                }
            }
            if (object.isEndOfSeriesStream != null)
                if (object.isEndOfSeriesStream)
                    message.isEndOfSeriesStream = $Boolean(object.isEndOfSeriesStream);
            if (object.streamingSeriesChunks) {
                if (!$Array.isArray(object.streamingSeriesChunks))
                    throw $TypeError(".cortex.QueryStreamResponse.streamingSeriesChunks: array expected");
                message.streamingSeriesChunks = $Array(object.streamingSeriesChunks.length);
                for (let i = 0; i < object.streamingSeriesChunks.length; ++i) {
                    if (!$util.isObject(object.streamingSeriesChunks[i]))
                        throw $TypeError(".cortex.QueryStreamResponse.streamingSeriesChunks: object expected");
                    message.streamingSeriesChunks[i] = $root.cortex.QueryStreamSeriesChunks.fromObject(object.streamingSeriesChunks[i], _depth + 1);
                }
            }
            return message;
        };

        QueryStreamResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.streamingSeries = [];
                object.streamingSeriesChunks = [];
            }
            if (options.defaults)
                object.isEndOfSeriesStream = false;
            if (message.streamingSeries && message.streamingSeries.length) {
                object.streamingSeries = $Array(message.streamingSeries.length);
                for (let j = 0; j < message.streamingSeries.length; ++j)
                    object.streamingSeries[j] = $root.cortex.QueryStreamSeries.toObject(message.streamingSeries[j], options, _depth + 1);
            }
            if (message.isEndOfSeriesStream != null && $Object.hasOwnProperty.call(message, "isEndOfSeriesStream"))
                object.isEndOfSeriesStream = message.isEndOfSeriesStream;
            if (message.streamingSeriesChunks && message.streamingSeriesChunks.length) {
                object.streamingSeriesChunks = $Array(message.streamingSeriesChunks.length);
                for (let j = 0; j < message.streamingSeriesChunks.length; ++j)
                    object.streamingSeriesChunks[j] = $root.cortex.QueryStreamSeriesChunks.toObject(message.streamingSeriesChunks[j], options, _depth + 1);
            }
            return object;
        };

        QueryStreamResponse.prototype.toJSON = function() {
            return QueryStreamResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        QueryStreamResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.QueryStreamResponse";
        };

        return QueryStreamResponse;
    })();

    cortex.QueryStreamSeries = (function() {

        const QueryStreamSeries = function (properties) {
            this.labels = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        QueryStreamSeries.prototype.labels = $util.emptyArray;
        QueryStreamSeries.prototype.chunkCount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        QueryStreamSeries.create = function(properties) {
            return new QueryStreamSeries(properties);
        };

        QueryStreamSeries.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labels != null && message.labels.length)
                for (let i = 0; i < message.labels.length; ++i)
                    $root.prometheus.Label.encode(message.labels[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount") && (typeof message.chunkCount === "object" ? message.chunkCount.low || message.chunkCount.high : message.chunkCount !== 0))
                writer.uint32(16).int64(message.chunkCount);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        QueryStreamSeries.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.QueryStreamSeries();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.labels && message.labels.length))
                            message.labels = [];
                        message.labels.push($root.prometheus.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.chunkCount = value;
                        else
                            delete message.chunkCount;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        QueryStreamSeries.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.QueryStreamSeries)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.QueryStreamSeries: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.QueryStreamSeries();
            if (object.labels) {
                if (!$Array.isArray(object.labels))
                    throw $TypeError(".cortex.QueryStreamSeries.labels: array expected");
                message.labels = $Array(object.labels.length);
                for (let i = 0; i < object.labels.length; ++i) {
                    if (!$util.isObject(object.labels[i]))
                        throw $TypeError(".cortex.QueryStreamSeries.labels: object expected");
                    message.labels[i] = $root.prometheus.Label.fromObject(object.labels[i], _depth + 1);
                }
            }
            if (object.chunkCount != null)
                if (typeof object.chunkCount === "object" ? object.chunkCount.low || object.chunkCount.high : $Number(object.chunkCount) !== 0)
                    if ($util.Long)
                        message.chunkCount = $util.Long.fromValue(object.chunkCount, false);
                    else if (typeof object.chunkCount === "string")
                        message.chunkCount = $parseInt(object.chunkCount, 10);
                    else if (typeof object.chunkCount === "number")
                        message.chunkCount = object.chunkCount;
                    else if (typeof object.chunkCount === "object")
                        message.chunkCount = new $util.LongBits(object.chunkCount.low >>> 0, object.chunkCount.high >>> 0).toNumber();
            return message;
        };

        QueryStreamSeries.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.labels = [];
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.chunkCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.chunkCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.labels && message.labels.length) {
                object.labels = $Array(message.labels.length);
                for (let j = 0; j < message.labels.length; ++j)
                    object.labels[j] = $root.prometheus.Label.toObject(message.labels[j], options, _depth + 1);
            }
            if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.chunkCount = typeof message.chunkCount === "number" ? $BigInt(message.chunkCount) : $util.Long.fromBits(message.chunkCount.low >>> 0, message.chunkCount.high >>> 0, false).toBigInt();
                else if (typeof message.chunkCount === "number")
                    object.chunkCount = options.longs === $String ? $String(message.chunkCount) : message.chunkCount;
                else
                    object.chunkCount = options.longs === $String ? $util.Long.prototype.toString.call(message.chunkCount) : options.longs === $Number ? new $util.LongBits(message.chunkCount.low >>> 0, message.chunkCount.high >>> 0).toNumber() : message.chunkCount;
            return object;
        };

        QueryStreamSeries.prototype.toJSON = function() {
            return QueryStreamSeries.toObject(this, $protobuf.util.toJSONOptions);
        };

        QueryStreamSeries.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.QueryStreamSeries";
        };

        return QueryStreamSeries;
    })();

    cortex.QueryStreamSeriesChunks = (function() {

        const QueryStreamSeriesChunks = function (properties) {
            this.chunks = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        QueryStreamSeriesChunks.prototype.seriesIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        QueryStreamSeriesChunks.prototype.chunks = $util.emptyArray;

        QueryStreamSeriesChunks.create = function(properties) {
            return new QueryStreamSeriesChunks(properties);
        };

        QueryStreamSeriesChunks.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.seriesIndex != null && $Object.hasOwnProperty.call(message, "seriesIndex") && (typeof message.seriesIndex === "object" ? message.seriesIndex.low || message.seriesIndex.high : message.seriesIndex !== 0))
                writer.uint32(8).uint64(message.seriesIndex);
            if (message.chunks != null && message.chunks.length)
                for (let i = 0; i < message.chunks.length; ++i)
                    $root.cortex.Chunk.encode(message.chunks[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        QueryStreamSeriesChunks.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.QueryStreamSeriesChunks();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.seriesIndex = value;
                        else
                            delete message.seriesIndex;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.chunks && message.chunks.length))
                            message.chunks = [];
                        message.chunks.push($root.cortex.Chunk.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        QueryStreamSeriesChunks.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.QueryStreamSeriesChunks)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.QueryStreamSeriesChunks: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.QueryStreamSeriesChunks();
            if (object.seriesIndex != null)
                if (typeof object.seriesIndex === "object" ? object.seriesIndex.low || object.seriesIndex.high : $Number(object.seriesIndex) !== 0)
                    if ($util.Long)
                        message.seriesIndex = $util.Long.fromValue(object.seriesIndex, true);
                    else if (typeof object.seriesIndex === "string")
                        message.seriesIndex = $parseInt(object.seriesIndex, 10);
                    else if (typeof object.seriesIndex === "number")
                        message.seriesIndex = object.seriesIndex;
                    else if (typeof object.seriesIndex === "object")
                        message.seriesIndex = new $util.LongBits(object.seriesIndex.low >>> 0, object.seriesIndex.high >>> 0).toNumber(true);
            if (object.chunks) {
                if (!$Array.isArray(object.chunks))
                    throw $TypeError(".cortex.QueryStreamSeriesChunks.chunks: array expected");
                message.chunks = $Array(object.chunks.length);
                for (let i = 0; i < object.chunks.length; ++i) {
                    if (!$util.isObject(object.chunks[i]))
                        throw $TypeError(".cortex.QueryStreamSeriesChunks.chunks: object expected");
                    message.chunks[i] = $root.cortex.Chunk.fromObject(object.chunks[i], _depth + 1);
                }
            }
            return message;
        };

        QueryStreamSeriesChunks.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.chunks = [];
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.seriesIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.seriesIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.seriesIndex != null && $Object.hasOwnProperty.call(message, "seriesIndex"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.seriesIndex = typeof message.seriesIndex === "number" ? $BigInt(message.seriesIndex) : $util.Long.fromBits(message.seriesIndex.low >>> 0, message.seriesIndex.high >>> 0, true).toBigInt();
                else if (typeof message.seriesIndex === "number")
                    object.seriesIndex = options.longs === $String ? $String(message.seriesIndex) : message.seriesIndex;
                else
                    object.seriesIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.seriesIndex) : options.longs === $Number ? new $util.LongBits(message.seriesIndex.low >>> 0, message.seriesIndex.high >>> 0).toNumber(true) : message.seriesIndex;
            if (message.chunks && message.chunks.length) {
                object.chunks = $Array(message.chunks.length);
                for (let j = 0; j < message.chunks.length; ++j)
                    object.chunks[j] = $root.cortex.Chunk.toObject(message.chunks[j], options, _depth + 1);
            }
            return object;
        };

        QueryStreamSeriesChunks.prototype.toJSON = function() {
            return QueryStreamSeriesChunks.toObject(this, $protobuf.util.toJSONOptions);
        };

        QueryStreamSeriesChunks.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.QueryStreamSeriesChunks";
        };

        return QueryStreamSeriesChunks;
    })();

    cortex.Chunk = (function() {

        const Chunk = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Chunk.prototype.startTimestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        Chunk.prototype.endTimestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        Chunk.prototype.encoding = 0;
        Chunk.prototype.data = $util.newBuffer([]);

        Chunk.create = function(properties) {
            return new Chunk(properties);
        };

        Chunk.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.startTimestampMs != null && $Object.hasOwnProperty.call(message, "startTimestampMs") && (typeof message.startTimestampMs === "object" ? message.startTimestampMs.low || message.startTimestampMs.high : message.startTimestampMs !== 0))
                writer.uint32(8).int64(message.startTimestampMs);
            if (message.endTimestampMs != null && $Object.hasOwnProperty.call(message, "endTimestampMs") && (typeof message.endTimestampMs === "object" ? message.endTimestampMs.low || message.endTimestampMs.high : message.endTimestampMs !== 0))
                writer.uint32(16).int64(message.endTimestampMs);
            if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding") && message.encoding !== 0)
                writer.uint32(24).int32(message.encoding);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(34).bytes(message.data);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Chunk.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.Chunk();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.startTimestampMs = value;
                        else
                            delete message.startTimestampMs;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.endTimestampMs = value;
                        else
                            delete message.endTimestampMs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.encoding = value;
                        else
                            delete message.encoding;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Chunk.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.Chunk)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.Chunk: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.Chunk();
            if (object.startTimestampMs != null)
                if (typeof object.startTimestampMs === "object" ? object.startTimestampMs.low || object.startTimestampMs.high : $Number(object.startTimestampMs) !== 0)
                    if ($util.Long)
                        message.startTimestampMs = $util.Long.fromValue(object.startTimestampMs, false);
                    else if (typeof object.startTimestampMs === "string")
                        message.startTimestampMs = $parseInt(object.startTimestampMs, 10);
                    else if (typeof object.startTimestampMs === "number")
                        message.startTimestampMs = object.startTimestampMs;
                    else if (typeof object.startTimestampMs === "object")
                        message.startTimestampMs = new $util.LongBits(object.startTimestampMs.low >>> 0, object.startTimestampMs.high >>> 0).toNumber();
            if (object.endTimestampMs != null)
                if (typeof object.endTimestampMs === "object" ? object.endTimestampMs.low || object.endTimestampMs.high : $Number(object.endTimestampMs) !== 0)
                    if ($util.Long)
                        message.endTimestampMs = $util.Long.fromValue(object.endTimestampMs, false);
                    else if (typeof object.endTimestampMs === "string")
                        message.endTimestampMs = $parseInt(object.endTimestampMs, 10);
                    else if (typeof object.endTimestampMs === "number")
                        message.endTimestampMs = object.endTimestampMs;
                    else if (typeof object.endTimestampMs === "object")
                        message.endTimestampMs = new $util.LongBits(object.endTimestampMs.low >>> 0, object.endTimestampMs.high >>> 0).toNumber();
            if (object.encoding != null)
                if ($Number(object.encoding) !== 0)
                    message.encoding = object.encoding | 0;
            if (object.data != null)
                if (object.data.length)
                    if (typeof object.data === "string")
                        $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                    else if (object.data.length >= 0)
                        message.data = object.data;
            return message;
        };

        Chunk.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.startTimestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.startTimestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.endTimestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.endTimestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.encoding = 0;
                if (options.bytes === $String)
                    object.data = "";
                else {
                    object.data = [];
                    if (options.bytes !== $Array)
                        object.data = $util.newBuffer(object.data);
                }
            }
            if (message.startTimestampMs != null && $Object.hasOwnProperty.call(message, "startTimestampMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.startTimestampMs = typeof message.startTimestampMs === "number" ? $BigInt(message.startTimestampMs) : $util.Long.fromBits(message.startTimestampMs.low >>> 0, message.startTimestampMs.high >>> 0, false).toBigInt();
                else if (typeof message.startTimestampMs === "number")
                    object.startTimestampMs = options.longs === $String ? $String(message.startTimestampMs) : message.startTimestampMs;
                else
                    object.startTimestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimestampMs) : options.longs === $Number ? new $util.LongBits(message.startTimestampMs.low >>> 0, message.startTimestampMs.high >>> 0).toNumber() : message.startTimestampMs;
            if (message.endTimestampMs != null && $Object.hasOwnProperty.call(message, "endTimestampMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.endTimestampMs = typeof message.endTimestampMs === "number" ? $BigInt(message.endTimestampMs) : $util.Long.fromBits(message.endTimestampMs.low >>> 0, message.endTimestampMs.high >>> 0, false).toBigInt();
                else if (typeof message.endTimestampMs === "number")
                    object.endTimestampMs = options.longs === $String ? $String(message.endTimestampMs) : message.endTimestampMs;
                else
                    object.endTimestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.endTimestampMs) : options.longs === $Number ? new $util.LongBits(message.endTimestampMs.low >>> 0, message.endTimestampMs.high >>> 0).toNumber() : message.endTimestampMs;
            if (message.encoding != null && $Object.hasOwnProperty.call(message, "encoding"))
                object.encoding = message.encoding;
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
            return object;
        };

        Chunk.prototype.toJSON = function() {
            return Chunk.toObject(this, $protobuf.util.toJSONOptions);
        };

        Chunk.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.Chunk";
        };

        return Chunk;
    })();

    cortex.ExemplarQueryRequest = (function() {

        const ExemplarQueryRequest = function (properties) {
            this.matchers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ExemplarQueryRequest.prototype.startTimestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ExemplarQueryRequest.prototype.endTimestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ExemplarQueryRequest.prototype.matchers = $util.emptyArray;

        ExemplarQueryRequest.create = function(properties) {
            return new ExemplarQueryRequest(properties);
        };

        ExemplarQueryRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.startTimestampMs != null && $Object.hasOwnProperty.call(message, "startTimestampMs") && (typeof message.startTimestampMs === "object" ? message.startTimestampMs.low || message.startTimestampMs.high : message.startTimestampMs !== 0))
                writer.uint32(8).int64(message.startTimestampMs);
            if (message.endTimestampMs != null && $Object.hasOwnProperty.call(message, "endTimestampMs") && (typeof message.endTimestampMs === "object" ? message.endTimestampMs.low || message.endTimestampMs.high : message.endTimestampMs !== 0))
                writer.uint32(16).int64(message.endTimestampMs);
            if (message.matchers != null && message.matchers.length)
                for (let i = 0; i < message.matchers.length; ++i)
                    $root.cortex.LabelMatchers.encode(message.matchers[i], writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ExemplarQueryRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.ExemplarQueryRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.startTimestampMs = value;
                        else
                            delete message.startTimestampMs;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.endTimestampMs = value;
                        else
                            delete message.endTimestampMs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.matchers && message.matchers.length))
                            message.matchers = [];
                        message.matchers.push($root.cortex.LabelMatchers.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ExemplarQueryRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.ExemplarQueryRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.ExemplarQueryRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.ExemplarQueryRequest();
            if (object.startTimestampMs != null)
                if (typeof object.startTimestampMs === "object" ? object.startTimestampMs.low || object.startTimestampMs.high : $Number(object.startTimestampMs) !== 0)
                    if ($util.Long)
                        message.startTimestampMs = $util.Long.fromValue(object.startTimestampMs, false);
                    else if (typeof object.startTimestampMs === "string")
                        message.startTimestampMs = $parseInt(object.startTimestampMs, 10);
                    else if (typeof object.startTimestampMs === "number")
                        message.startTimestampMs = object.startTimestampMs;
                    else if (typeof object.startTimestampMs === "object")
                        message.startTimestampMs = new $util.LongBits(object.startTimestampMs.low >>> 0, object.startTimestampMs.high >>> 0).toNumber();
            if (object.endTimestampMs != null)
                if (typeof object.endTimestampMs === "object" ? object.endTimestampMs.low || object.endTimestampMs.high : $Number(object.endTimestampMs) !== 0)
                    if ($util.Long)
                        message.endTimestampMs = $util.Long.fromValue(object.endTimestampMs, false);
                    else if (typeof object.endTimestampMs === "string")
                        message.endTimestampMs = $parseInt(object.endTimestampMs, 10);
                    else if (typeof object.endTimestampMs === "number")
                        message.endTimestampMs = object.endTimestampMs;
                    else if (typeof object.endTimestampMs === "object")
                        message.endTimestampMs = new $util.LongBits(object.endTimestampMs.low >>> 0, object.endTimestampMs.high >>> 0).toNumber();
            if (object.matchers) {
                if (!$Array.isArray(object.matchers))
                    throw $TypeError(".cortex.ExemplarQueryRequest.matchers: array expected");
                message.matchers = $Array(object.matchers.length);
                for (let i = 0; i < object.matchers.length; ++i) {
                    if (!$util.isObject(object.matchers[i]))
                        throw $TypeError(".cortex.ExemplarQueryRequest.matchers: object expected");
                    message.matchers[i] = $root.cortex.LabelMatchers.fromObject(object.matchers[i], _depth + 1);
                }
            }
            return message;
        };

        ExemplarQueryRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.matchers = [];
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.startTimestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.startTimestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.endTimestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.endTimestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.startTimestampMs != null && $Object.hasOwnProperty.call(message, "startTimestampMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.startTimestampMs = typeof message.startTimestampMs === "number" ? $BigInt(message.startTimestampMs) : $util.Long.fromBits(message.startTimestampMs.low >>> 0, message.startTimestampMs.high >>> 0, false).toBigInt();
                else if (typeof message.startTimestampMs === "number")
                    object.startTimestampMs = options.longs === $String ? $String(message.startTimestampMs) : message.startTimestampMs;
                else
                    object.startTimestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimestampMs) : options.longs === $Number ? new $util.LongBits(message.startTimestampMs.low >>> 0, message.startTimestampMs.high >>> 0).toNumber() : message.startTimestampMs;
            if (message.endTimestampMs != null && $Object.hasOwnProperty.call(message, "endTimestampMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.endTimestampMs = typeof message.endTimestampMs === "number" ? $BigInt(message.endTimestampMs) : $util.Long.fromBits(message.endTimestampMs.low >>> 0, message.endTimestampMs.high >>> 0, false).toBigInt();
                else if (typeof message.endTimestampMs === "number")
                    object.endTimestampMs = options.longs === $String ? $String(message.endTimestampMs) : message.endTimestampMs;
                else
                    object.endTimestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.endTimestampMs) : options.longs === $Number ? new $util.LongBits(message.endTimestampMs.low >>> 0, message.endTimestampMs.high >>> 0).toNumber() : message.endTimestampMs;
            if (message.matchers && message.matchers.length) {
                object.matchers = $Array(message.matchers.length);
                for (let j = 0; j < message.matchers.length; ++j)
                    object.matchers[j] = $root.cortex.LabelMatchers.toObject(message.matchers[j], options, _depth + 1);
            }
            return object;
        };

        ExemplarQueryRequest.prototype.toJSON = function() {
            return ExemplarQueryRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        ExemplarQueryRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.ExemplarQueryRequest";
        };

        return ExemplarQueryRequest;
    })();

    cortex.ExemplarQueryResponse = (function() {

        const ExemplarQueryResponse = function (properties) {
            this.timeseries = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ExemplarQueryResponse.prototype.timeseries = $util.emptyArray;

        ExemplarQueryResponse.create = function(properties) {
            return new ExemplarQueryResponse(properties);
        };

        ExemplarQueryResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.timeseries != null && message.timeseries.length)
                for (let i = 0; i < message.timeseries.length; ++i)
                    $root.prometheus.TimeSeries.encode(message.timeseries[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ExemplarQueryResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.ExemplarQueryResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.timeseries && message.timeseries.length))
                            message.timeseries = [];
                        message.timeseries.push($root.prometheus.TimeSeries.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ExemplarQueryResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.ExemplarQueryResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.ExemplarQueryResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.ExemplarQueryResponse();
            if (object.timeseries) {
                if (!$Array.isArray(object.timeseries))
                    throw $TypeError(".cortex.ExemplarQueryResponse.timeseries: array expected");
                message.timeseries = $Array(object.timeseries.length);
                for (let i = 0; i < object.timeseries.length; ++i) {
                    if (!$util.isObject(object.timeseries[i]))
                        throw $TypeError(".cortex.ExemplarQueryResponse.timeseries: object expected");
                    message.timeseries[i] = $root.prometheus.TimeSeries.fromObject(object.timeseries[i], _depth + 1);
                }
            }
            return message;
        };

        ExemplarQueryResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.timeseries = [];
            if (message.timeseries && message.timeseries.length) {
                object.timeseries = $Array(message.timeseries.length);
                for (let j = 0; j < message.timeseries.length; ++j)
                    object.timeseries[j] = $root.prometheus.TimeSeries.toObject(message.timeseries[j], options, _depth + 1);
            }
            return object;
        };

        ExemplarQueryResponse.prototype.toJSON = function() {
            return ExemplarQueryResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        ExemplarQueryResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.ExemplarQueryResponse";
        };

        return ExemplarQueryResponse;
    })();

    cortex.LabelValuesRequest = (function() {

        const LabelValuesRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelValuesRequest.prototype.labelName = "";
        LabelValuesRequest.prototype.startTimestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LabelValuesRequest.prototype.endTimestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LabelValuesRequest.prototype.matchers = null;
        LabelValuesRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        LabelValuesRequest.create = function(properties) {
            return new LabelValuesRequest(properties);
        };

        LabelValuesRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labelName != null && $Object.hasOwnProperty.call(message, "labelName") && message.labelName !== "")
                writer.uint32(10).string(message.labelName);
            if (message.startTimestampMs != null && $Object.hasOwnProperty.call(message, "startTimestampMs") && (typeof message.startTimestampMs === "object" ? message.startTimestampMs.low || message.startTimestampMs.high : message.startTimestampMs !== 0))
                writer.uint32(16).int64(message.startTimestampMs);
            if (message.endTimestampMs != null && $Object.hasOwnProperty.call(message, "endTimestampMs") && (typeof message.endTimestampMs === "object" ? message.endTimestampMs.low || message.endTimestampMs.high : message.endTimestampMs !== 0))
                writer.uint32(24).int64(message.endTimestampMs);
            if (message.matchers != null && $Object.hasOwnProperty.call(message, "matchers"))
                $root.cortex.LabelMatchers.encode(message.matchers, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                writer.uint32(40).int64(message.limit);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelValuesRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.LabelValuesRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.labelName = value;
                        else
                            delete message.labelName;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.startTimestampMs = value;
                        else
                            delete message.startTimestampMs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.endTimestampMs = value;
                        else
                            delete message.endTimestampMs;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.matchers = $root.cortex.LabelMatchers.decode(reader, reader.size(), $undefined, _depth + 1, message.matchers);
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelValuesRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.LabelValuesRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.LabelValuesRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.LabelValuesRequest();
            if (object.labelName != null)
                if (typeof object.labelName !== "string" || object.labelName.length)
                    message.labelName = $String(object.labelName);
            if (object.startTimestampMs != null)
                if (typeof object.startTimestampMs === "object" ? object.startTimestampMs.low || object.startTimestampMs.high : $Number(object.startTimestampMs) !== 0)
                    if ($util.Long)
                        message.startTimestampMs = $util.Long.fromValue(object.startTimestampMs, false);
                    else if (typeof object.startTimestampMs === "string")
                        message.startTimestampMs = $parseInt(object.startTimestampMs, 10);
                    else if (typeof object.startTimestampMs === "number")
                        message.startTimestampMs = object.startTimestampMs;
                    else if (typeof object.startTimestampMs === "object")
                        message.startTimestampMs = new $util.LongBits(object.startTimestampMs.low >>> 0, object.startTimestampMs.high >>> 0).toNumber();
            if (object.endTimestampMs != null)
                if (typeof object.endTimestampMs === "object" ? object.endTimestampMs.low || object.endTimestampMs.high : $Number(object.endTimestampMs) !== 0)
                    if ($util.Long)
                        message.endTimestampMs = $util.Long.fromValue(object.endTimestampMs, false);
                    else if (typeof object.endTimestampMs === "string")
                        message.endTimestampMs = $parseInt(object.endTimestampMs, 10);
                    else if (typeof object.endTimestampMs === "number")
                        message.endTimestampMs = object.endTimestampMs;
                    else if (typeof object.endTimestampMs === "object")
                        message.endTimestampMs = new $util.LongBits(object.endTimestampMs.low >>> 0, object.endTimestampMs.high >>> 0).toNumber();
            if (object.matchers != null) {
                if (!$util.isObject(object.matchers))
                    throw $TypeError(".cortex.LabelValuesRequest.matchers: object expected");
                message.matchers = $root.cortex.LabelMatchers.fromObject(object.matchers, _depth + 1);
            }
            if (object.limit != null)
                if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                    if ($util.Long)
                        message.limit = $util.Long.fromValue(object.limit, false);
                    else if (typeof object.limit === "string")
                        message.limit = $parseInt(object.limit, 10);
                    else if (typeof object.limit === "number")
                        message.limit = object.limit;
                    else if (typeof object.limit === "object")
                        message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber();
            return message;
        };

        LabelValuesRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.labelName = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.startTimestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.startTimestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.endTimestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.endTimestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.matchers = null;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.labelName != null && $Object.hasOwnProperty.call(message, "labelName"))
                object.labelName = message.labelName;
            if (message.startTimestampMs != null && $Object.hasOwnProperty.call(message, "startTimestampMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.startTimestampMs = typeof message.startTimestampMs === "number" ? $BigInt(message.startTimestampMs) : $util.Long.fromBits(message.startTimestampMs.low >>> 0, message.startTimestampMs.high >>> 0, false).toBigInt();
                else if (typeof message.startTimestampMs === "number")
                    object.startTimestampMs = options.longs === $String ? $String(message.startTimestampMs) : message.startTimestampMs;
                else
                    object.startTimestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimestampMs) : options.longs === $Number ? new $util.LongBits(message.startTimestampMs.low >>> 0, message.startTimestampMs.high >>> 0).toNumber() : message.startTimestampMs;
            if (message.endTimestampMs != null && $Object.hasOwnProperty.call(message, "endTimestampMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.endTimestampMs = typeof message.endTimestampMs === "number" ? $BigInt(message.endTimestampMs) : $util.Long.fromBits(message.endTimestampMs.low >>> 0, message.endTimestampMs.high >>> 0, false).toBigInt();
                else if (typeof message.endTimestampMs === "number")
                    object.endTimestampMs = options.longs === $String ? $String(message.endTimestampMs) : message.endTimestampMs;
                else
                    object.endTimestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.endTimestampMs) : options.longs === $Number ? new $util.LongBits(message.endTimestampMs.low >>> 0, message.endTimestampMs.high >>> 0).toNumber() : message.endTimestampMs;
            if (message.matchers != null && $Object.hasOwnProperty.call(message, "matchers"))
                object.matchers = $root.cortex.LabelMatchers.toObject(message.matchers, options, _depth + 1);
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, false).toBigInt();
                else if (typeof message.limit === "number")
                    object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                else
                    object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber() : message.limit;
            return object;
        };

        LabelValuesRequest.prototype.toJSON = function() {
            return LabelValuesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelValuesRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.LabelValuesRequest";
        };

        return LabelValuesRequest;
    })();

    cortex.LabelValuesResponse = (function() {

        const LabelValuesResponse = function (properties) {
            this.labelValues = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelValuesResponse.prototype.labelValues = $util.emptyArray;

        LabelValuesResponse.create = function(properties) {
            return new LabelValuesResponse(properties);
        };

        LabelValuesResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labelValues != null && message.labelValues.length)
                for (let i = 0; i < message.labelValues.length; ++i)
                    writer.uint32(10).string(message.labelValues[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelValuesResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.LabelValuesResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.labelValues && message.labelValues.length))
                            message.labelValues = [];
                        message.labelValues.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelValuesResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.LabelValuesResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.LabelValuesResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.LabelValuesResponse();
            if (object.labelValues) {
                if (!$Array.isArray(object.labelValues))
                    throw $TypeError(".cortex.LabelValuesResponse.labelValues: array expected");
                message.labelValues = $Array(object.labelValues.length);
                for (let i = 0; i < object.labelValues.length; ++i)
                    message.labelValues[i] = $String(object.labelValues[i]);
            }
            return message;
        };

        LabelValuesResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.labelValues = [];
            if (message.labelValues && message.labelValues.length) {
                object.labelValues = $Array(message.labelValues.length);
                for (let j = 0; j < message.labelValues.length; ++j)
                    object.labelValues[j] = message.labelValues[j];
            }
            return object;
        };

        LabelValuesResponse.prototype.toJSON = function() {
            return LabelValuesResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelValuesResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.LabelValuesResponse";
        };

        return LabelValuesResponse;
    })();

    cortex.LabelNamesRequest = (function() {

        const LabelNamesRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelNamesRequest.prototype.startTimestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LabelNamesRequest.prototype.endTimestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LabelNamesRequest.prototype.matchers = null;
        LabelNamesRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        LabelNamesRequest.create = function(properties) {
            return new LabelNamesRequest(properties);
        };

        LabelNamesRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.startTimestampMs != null && $Object.hasOwnProperty.call(message, "startTimestampMs") && (typeof message.startTimestampMs === "object" ? message.startTimestampMs.low || message.startTimestampMs.high : message.startTimestampMs !== 0))
                writer.uint32(8).int64(message.startTimestampMs);
            if (message.endTimestampMs != null && $Object.hasOwnProperty.call(message, "endTimestampMs") && (typeof message.endTimestampMs === "object" ? message.endTimestampMs.low || message.endTimestampMs.high : message.endTimestampMs !== 0))
                writer.uint32(16).int64(message.endTimestampMs);
            if (message.matchers != null && $Object.hasOwnProperty.call(message, "matchers"))
                $root.cortex.LabelMatchers.encode(message.matchers, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                writer.uint32(32).int64(message.limit);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelNamesRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.LabelNamesRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.startTimestampMs = value;
                        else
                            delete message.startTimestampMs;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.endTimestampMs = value;
                        else
                            delete message.endTimestampMs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.matchers = $root.cortex.LabelMatchers.decode(reader, reader.size(), $undefined, _depth + 1, message.matchers);
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelNamesRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.LabelNamesRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.LabelNamesRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.LabelNamesRequest();
            if (object.startTimestampMs != null)
                if (typeof object.startTimestampMs === "object" ? object.startTimestampMs.low || object.startTimestampMs.high : $Number(object.startTimestampMs) !== 0)
                    if ($util.Long)
                        message.startTimestampMs = $util.Long.fromValue(object.startTimestampMs, false);
                    else if (typeof object.startTimestampMs === "string")
                        message.startTimestampMs = $parseInt(object.startTimestampMs, 10);
                    else if (typeof object.startTimestampMs === "number")
                        message.startTimestampMs = object.startTimestampMs;
                    else if (typeof object.startTimestampMs === "object")
                        message.startTimestampMs = new $util.LongBits(object.startTimestampMs.low >>> 0, object.startTimestampMs.high >>> 0).toNumber();
            if (object.endTimestampMs != null)
                if (typeof object.endTimestampMs === "object" ? object.endTimestampMs.low || object.endTimestampMs.high : $Number(object.endTimestampMs) !== 0)
                    if ($util.Long)
                        message.endTimestampMs = $util.Long.fromValue(object.endTimestampMs, false);
                    else if (typeof object.endTimestampMs === "string")
                        message.endTimestampMs = $parseInt(object.endTimestampMs, 10);
                    else if (typeof object.endTimestampMs === "number")
                        message.endTimestampMs = object.endTimestampMs;
                    else if (typeof object.endTimestampMs === "object")
                        message.endTimestampMs = new $util.LongBits(object.endTimestampMs.low >>> 0, object.endTimestampMs.high >>> 0).toNumber();
            if (object.matchers != null) {
                if (!$util.isObject(object.matchers))
                    throw $TypeError(".cortex.LabelNamesRequest.matchers: object expected");
                message.matchers = $root.cortex.LabelMatchers.fromObject(object.matchers, _depth + 1);
            }
            if (object.limit != null)
                if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                    if ($util.Long)
                        message.limit = $util.Long.fromValue(object.limit, false);
                    else if (typeof object.limit === "string")
                        message.limit = $parseInt(object.limit, 10);
                    else if (typeof object.limit === "number")
                        message.limit = object.limit;
                    else if (typeof object.limit === "object")
                        message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber();
            return message;
        };

        LabelNamesRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.startTimestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.startTimestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.endTimestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.endTimestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.matchers = null;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.startTimestampMs != null && $Object.hasOwnProperty.call(message, "startTimestampMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.startTimestampMs = typeof message.startTimestampMs === "number" ? $BigInt(message.startTimestampMs) : $util.Long.fromBits(message.startTimestampMs.low >>> 0, message.startTimestampMs.high >>> 0, false).toBigInt();
                else if (typeof message.startTimestampMs === "number")
                    object.startTimestampMs = options.longs === $String ? $String(message.startTimestampMs) : message.startTimestampMs;
                else
                    object.startTimestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimestampMs) : options.longs === $Number ? new $util.LongBits(message.startTimestampMs.low >>> 0, message.startTimestampMs.high >>> 0).toNumber() : message.startTimestampMs;
            if (message.endTimestampMs != null && $Object.hasOwnProperty.call(message, "endTimestampMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.endTimestampMs = typeof message.endTimestampMs === "number" ? $BigInt(message.endTimestampMs) : $util.Long.fromBits(message.endTimestampMs.low >>> 0, message.endTimestampMs.high >>> 0, false).toBigInt();
                else if (typeof message.endTimestampMs === "number")
                    object.endTimestampMs = options.longs === $String ? $String(message.endTimestampMs) : message.endTimestampMs;
                else
                    object.endTimestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.endTimestampMs) : options.longs === $Number ? new $util.LongBits(message.endTimestampMs.low >>> 0, message.endTimestampMs.high >>> 0).toNumber() : message.endTimestampMs;
            if (message.matchers != null && $Object.hasOwnProperty.call(message, "matchers"))
                object.matchers = $root.cortex.LabelMatchers.toObject(message.matchers, options, _depth + 1);
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, false).toBigInt();
                else if (typeof message.limit === "number")
                    object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                else
                    object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber() : message.limit;
            return object;
        };

        LabelNamesRequest.prototype.toJSON = function() {
            return LabelNamesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelNamesRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.LabelNamesRequest";
        };

        return LabelNamesRequest;
    })();

    cortex.LabelNamesResponse = (function() {

        const LabelNamesResponse = function (properties) {
            this.labelNames = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelNamesResponse.prototype.labelNames = $util.emptyArray;

        LabelNamesResponse.create = function(properties) {
            return new LabelNamesResponse(properties);
        };

        LabelNamesResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labelNames != null && message.labelNames.length)
                for (let i = 0; i < message.labelNames.length; ++i)
                    writer.uint32(10).string(message.labelNames[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelNamesResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.LabelNamesResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.labelNames && message.labelNames.length))
                            message.labelNames = [];
                        message.labelNames.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelNamesResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.LabelNamesResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.LabelNamesResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.LabelNamesResponse();
            if (object.labelNames) {
                if (!$Array.isArray(object.labelNames))
                    throw $TypeError(".cortex.LabelNamesResponse.labelNames: array expected");
                message.labelNames = $Array(object.labelNames.length);
                for (let i = 0; i < object.labelNames.length; ++i)
                    message.labelNames[i] = $String(object.labelNames[i]);
            }
            return message;
        };

        LabelNamesResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.labelNames = [];
            if (message.labelNames && message.labelNames.length) {
                object.labelNames = $Array(message.labelNames.length);
                for (let j = 0; j < message.labelNames.length; ++j)
                    object.labelNames[j] = message.labelNames[j];
            }
            return object;
        };

        LabelNamesResponse.prototype.toJSON = function() {
            return LabelNamesResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelNamesResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.LabelNamesResponse";
        };

        return LabelNamesResponse;
    })();

    cortex.CountMethod = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "IN_MEMORY"] = 0;
        values[valuesById[1] = "ACTIVE"] = 1;
        return values;
    })();

    cortex.UserStatsRequest = (function() {

        const UserStatsRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        UserStatsRequest.prototype.countMethod = 0;

        UserStatsRequest.create = function(properties) {
            return new UserStatsRequest(properties);
        };

        UserStatsRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.countMethod != null && $Object.hasOwnProperty.call(message, "countMethod") && message.countMethod !== 0)
                writer.uint32(8).int32(message.countMethod);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        UserStatsRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.UserStatsRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.countMethod = value;
                        else
                            delete message.countMethod;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        UserStatsRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.UserStatsRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.UserStatsRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.UserStatsRequest();
            if (object.countMethod !== 0 && (typeof object.countMethod !== "string" || $root.cortex.CountMethod[object.countMethod] !== 0))
                switch (object.countMethod) {
                case "IN_MEMORY":
                case 0:
                    message.countMethod = 0;
                    break;
                case "ACTIVE":
                case 1:
                    message.countMethod = 1;
                    break;
                default:
                    if (typeof object.countMethod === "number" && (object.countMethod | 0) === object.countMethod)
                        message.countMethod = object.countMethod;
                }
            return message;
        };

        UserStatsRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.countMethod = options.enums === $String ? "IN_MEMORY" : 0;
            if (message.countMethod != null && $Object.hasOwnProperty.call(message, "countMethod"))
                object.countMethod = options.enums === $String ? $root.cortex.CountMethod[message.countMethod] === $undefined ? message.countMethod : $root.cortex.CountMethod[message.countMethod] : message.countMethod;
            return object;
        };

        UserStatsRequest.prototype.toJSON = function() {
            return UserStatsRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        UserStatsRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.UserStatsRequest";
        };

        return UserStatsRequest;
    })();

    cortex.UserStatsResponse = (function() {

        const UserStatsResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        UserStatsResponse.prototype.ingestionRate = 0;
        UserStatsResponse.prototype.numSeries = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        UserStatsResponse.prototype.apiIngestionRate = 0;
        UserStatsResponse.prototype.ruleIngestionRate = 0;

        UserStatsResponse.create = function(properties) {
            return new UserStatsResponse(properties);
        };

        UserStatsResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ingestionRate != null && $Object.hasOwnProperty.call(message, "ingestionRate") && !$Object.is(message.ingestionRate, 0))
                writer.uint32(9).double(message.ingestionRate);
            if (message.numSeries != null && $Object.hasOwnProperty.call(message, "numSeries") && (typeof message.numSeries === "object" ? message.numSeries.low || message.numSeries.high : message.numSeries !== 0))
                writer.uint32(16).uint64(message.numSeries);
            if (message.apiIngestionRate != null && $Object.hasOwnProperty.call(message, "apiIngestionRate") && !$Object.is(message.apiIngestionRate, 0))
                writer.uint32(25).double(message.apiIngestionRate);
            if (message.ruleIngestionRate != null && $Object.hasOwnProperty.call(message, "ruleIngestionRate") && !$Object.is(message.ruleIngestionRate, 0))
                writer.uint32(33).double(message.ruleIngestionRate);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        UserStatsResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.UserStatsResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.ingestionRate = value;
                        else
                            delete message.ingestionRate;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.numSeries = value;
                        else
                            delete message.numSeries;
                        continue;
                    }
                case 3: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.apiIngestionRate = value;
                        else
                            delete message.apiIngestionRate;
                        continue;
                    }
                case 4: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.ruleIngestionRate = value;
                        else
                            delete message.ruleIngestionRate;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        UserStatsResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.UserStatsResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.UserStatsResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.UserStatsResponse();
            if (object.ingestionRate != null)
                if (!$Object.is($Number(object.ingestionRate), 0))
                    message.ingestionRate = $Number(object.ingestionRate);
            if (object.numSeries != null)
                if (typeof object.numSeries === "object" ? object.numSeries.low || object.numSeries.high : $Number(object.numSeries) !== 0)
                    if ($util.Long)
                        message.numSeries = $util.Long.fromValue(object.numSeries, true);
                    else if (typeof object.numSeries === "string")
                        message.numSeries = $parseInt(object.numSeries, 10);
                    else if (typeof object.numSeries === "number")
                        message.numSeries = object.numSeries;
                    else if (typeof object.numSeries === "object")
                        message.numSeries = new $util.LongBits(object.numSeries.low >>> 0, object.numSeries.high >>> 0).toNumber(true);
            if (object.apiIngestionRate != null)
                if (!$Object.is($Number(object.apiIngestionRate), 0))
                    message.apiIngestionRate = $Number(object.apiIngestionRate);
            if (object.ruleIngestionRate != null)
                if (!$Object.is($Number(object.ruleIngestionRate), 0))
                    message.ruleIngestionRate = $Number(object.ruleIngestionRate);
            return message;
        };

        UserStatsResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.ingestionRate = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.numSeries = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.numSeries = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.apiIngestionRate = 0;
                object.ruleIngestionRate = 0;
            }
            if (message.ingestionRate != null && $Object.hasOwnProperty.call(message, "ingestionRate"))
                object.ingestionRate = options.json && !$isFinite(message.ingestionRate) ? $String(message.ingestionRate) : message.ingestionRate;
            if (message.numSeries != null && $Object.hasOwnProperty.call(message, "numSeries"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.numSeries = typeof message.numSeries === "number" ? $BigInt(message.numSeries) : $util.Long.fromBits(message.numSeries.low >>> 0, message.numSeries.high >>> 0, true).toBigInt();
                else if (typeof message.numSeries === "number")
                    object.numSeries = options.longs === $String ? $String(message.numSeries) : message.numSeries;
                else
                    object.numSeries = options.longs === $String ? $util.Long.prototype.toString.call(message.numSeries) : options.longs === $Number ? new $util.LongBits(message.numSeries.low >>> 0, message.numSeries.high >>> 0).toNumber(true) : message.numSeries;
            if (message.apiIngestionRate != null && $Object.hasOwnProperty.call(message, "apiIngestionRate"))
                object.apiIngestionRate = options.json && !$isFinite(message.apiIngestionRate) ? $String(message.apiIngestionRate) : message.apiIngestionRate;
            if (message.ruleIngestionRate != null && $Object.hasOwnProperty.call(message, "ruleIngestionRate"))
                object.ruleIngestionRate = options.json && !$isFinite(message.ruleIngestionRate) ? $String(message.ruleIngestionRate) : message.ruleIngestionRate;
            return object;
        };

        UserStatsResponse.prototype.toJSON = function() {
            return UserStatsResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        UserStatsResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.UserStatsResponse";
        };

        return UserStatsResponse;
    })();

    cortex.UserIDStatsResponse = (function() {

        const UserIDStatsResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        UserIDStatsResponse.prototype.userId = "";
        UserIDStatsResponse.prototype.data = null;

        UserIDStatsResponse.create = function(properties) {
            return new UserIDStatsResponse(properties);
        };

        UserIDStatsResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.userId != null && $Object.hasOwnProperty.call(message, "userId") && message.userId !== "")
                writer.uint32(10).string(message.userId);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                $root.cortex.UserStatsResponse.encode(message.data, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        UserIDStatsResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.UserIDStatsResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.userId = value;
                        else
                            delete message.userId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.data = $root.cortex.UserStatsResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.data);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        UserIDStatsResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.UserIDStatsResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.UserIDStatsResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.UserIDStatsResponse();
            if (object.userId != null)
                if (typeof object.userId !== "string" || object.userId.length)
                    message.userId = $String(object.userId);
            if (object.data != null) {
                if (!$util.isObject(object.data))
                    throw $TypeError(".cortex.UserIDStatsResponse.data: object expected");
                message.data = $root.cortex.UserStatsResponse.fromObject(object.data, _depth + 1);
            }
            return message;
        };

        UserIDStatsResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.userId = "";
                object.data = null;
            }
            if (message.userId != null && $Object.hasOwnProperty.call(message, "userId"))
                object.userId = message.userId;
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                object.data = $root.cortex.UserStatsResponse.toObject(message.data, options, _depth + 1);
            return object;
        };

        UserIDStatsResponse.prototype.toJSON = function() {
            return UserIDStatsResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        UserIDStatsResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.UserIDStatsResponse";
        };

        return UserIDStatsResponse;
    })();

    cortex.UsersStatsResponse = (function() {

        const UsersStatsResponse = function (properties) {
            this.stats = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        UsersStatsResponse.prototype.stats = $util.emptyArray;

        UsersStatsResponse.create = function(properties) {
            return new UsersStatsResponse(properties);
        };

        UsersStatsResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.stats != null && message.stats.length)
                for (let i = 0; i < message.stats.length; ++i)
                    $root.cortex.UserIDStatsResponse.encode(message.stats[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        UsersStatsResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.UsersStatsResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.stats && message.stats.length))
                            message.stats = [];
                        message.stats.push($root.cortex.UserIDStatsResponse.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        UsersStatsResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.UsersStatsResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.UsersStatsResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.UsersStatsResponse();
            if (object.stats) {
                if (!$Array.isArray(object.stats))
                    throw $TypeError(".cortex.UsersStatsResponse.stats: array expected");
                message.stats = $Array(object.stats.length);
                for (let i = 0; i < object.stats.length; ++i) {
                    if (!$util.isObject(object.stats[i]))
                        throw $TypeError(".cortex.UsersStatsResponse.stats: object expected");
                    message.stats[i] = $root.cortex.UserIDStatsResponse.fromObject(object.stats[i], _depth + 1);
                }
            }
            return message;
        };

        UsersStatsResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.stats = [];
            if (message.stats && message.stats.length) {
                object.stats = $Array(message.stats.length);
                for (let j = 0; j < message.stats.length; ++j)
                    object.stats[j] = $root.cortex.UserIDStatsResponse.toObject(message.stats[j], options, _depth + 1);
            }
            return object;
        };

        UsersStatsResponse.prototype.toJSON = function() {
            return UsersStatsResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        UsersStatsResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.UsersStatsResponse";
        };

        return UsersStatsResponse;
    })();

    cortex.Metric = (function() {

        const Metric = function (properties) {
            this.labels = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Metric.prototype.labels = $util.emptyArray;

        Metric.create = function(properties) {
            return new Metric(properties);
        };

        Metric.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labels != null && message.labels.length)
                for (let i = 0; i < message.labels.length; ++i)
                    $root.prometheus.Label.encode(message.labels[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Metric.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.Metric();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.labels && message.labels.length))
                            message.labels = [];
                        message.labels.push($root.prometheus.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Metric.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.Metric)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.Metric: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.Metric();
            if (object.labels) {
                if (!$Array.isArray(object.labels))
                    throw $TypeError(".cortex.Metric.labels: array expected");
                message.labels = $Array(object.labels.length);
                for (let i = 0; i < object.labels.length; ++i) {
                    if (!$util.isObject(object.labels[i]))
                        throw $TypeError(".cortex.Metric.labels: object expected");
                    message.labels[i] = $root.prometheus.Label.fromObject(object.labels[i], _depth + 1);
                }
            }
            return message;
        };

        Metric.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.labels = [];
            if (message.labels && message.labels.length) {
                object.labels = $Array(message.labels.length);
                for (let j = 0; j < message.labels.length; ++j)
                    object.labels[j] = $root.prometheus.Label.toObject(message.labels[j], options, _depth + 1);
            }
            return object;
        };

        Metric.prototype.toJSON = function() {
            return Metric.toObject(this, $protobuf.util.toJSONOptions);
        };

        Metric.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.Metric";
        };

        return Metric;
    })();

    cortex.MetricsForLabelMatchersRequest = (function() {

        const MetricsForLabelMatchersRequest = function (properties) {
            this.matchersSet = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        MetricsForLabelMatchersRequest.prototype.startTimestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        MetricsForLabelMatchersRequest.prototype.endTimestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        MetricsForLabelMatchersRequest.prototype.matchersSet = $util.emptyArray;
        MetricsForLabelMatchersRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        MetricsForLabelMatchersRequest.create = function(properties) {
            return new MetricsForLabelMatchersRequest(properties);
        };

        MetricsForLabelMatchersRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.startTimestampMs != null && $Object.hasOwnProperty.call(message, "startTimestampMs") && (typeof message.startTimestampMs === "object" ? message.startTimestampMs.low || message.startTimestampMs.high : message.startTimestampMs !== 0))
                writer.uint32(8).int64(message.startTimestampMs);
            if (message.endTimestampMs != null && $Object.hasOwnProperty.call(message, "endTimestampMs") && (typeof message.endTimestampMs === "object" ? message.endTimestampMs.low || message.endTimestampMs.high : message.endTimestampMs !== 0))
                writer.uint32(16).int64(message.endTimestampMs);
            if (message.matchersSet != null && message.matchersSet.length)
                for (let i = 0; i < message.matchersSet.length; ++i)
                    $root.cortex.LabelMatchers.encode(message.matchersSet[i], writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                writer.uint32(32).int64(message.limit);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        MetricsForLabelMatchersRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.MetricsForLabelMatchersRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.startTimestampMs = value;
                        else
                            delete message.startTimestampMs;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.endTimestampMs = value;
                        else
                            delete message.endTimestampMs;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.matchersSet && message.matchersSet.length))
                            message.matchersSet = [];
                        message.matchersSet.push($root.cortex.LabelMatchers.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        MetricsForLabelMatchersRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.MetricsForLabelMatchersRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.MetricsForLabelMatchersRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.MetricsForLabelMatchersRequest();
            if (object.startTimestampMs != null)
                if (typeof object.startTimestampMs === "object" ? object.startTimestampMs.low || object.startTimestampMs.high : $Number(object.startTimestampMs) !== 0)
                    if ($util.Long)
                        message.startTimestampMs = $util.Long.fromValue(object.startTimestampMs, false);
                    else if (typeof object.startTimestampMs === "string")
                        message.startTimestampMs = $parseInt(object.startTimestampMs, 10);
                    else if (typeof object.startTimestampMs === "number")
                        message.startTimestampMs = object.startTimestampMs;
                    else if (typeof object.startTimestampMs === "object")
                        message.startTimestampMs = new $util.LongBits(object.startTimestampMs.low >>> 0, object.startTimestampMs.high >>> 0).toNumber();
            if (object.endTimestampMs != null)
                if (typeof object.endTimestampMs === "object" ? object.endTimestampMs.low || object.endTimestampMs.high : $Number(object.endTimestampMs) !== 0)
                    if ($util.Long)
                        message.endTimestampMs = $util.Long.fromValue(object.endTimestampMs, false);
                    else if (typeof object.endTimestampMs === "string")
                        message.endTimestampMs = $parseInt(object.endTimestampMs, 10);
                    else if (typeof object.endTimestampMs === "number")
                        message.endTimestampMs = object.endTimestampMs;
                    else if (typeof object.endTimestampMs === "object")
                        message.endTimestampMs = new $util.LongBits(object.endTimestampMs.low >>> 0, object.endTimestampMs.high >>> 0).toNumber();
            if (object.matchersSet) {
                if (!$Array.isArray(object.matchersSet))
                    throw $TypeError(".cortex.MetricsForLabelMatchersRequest.matchersSet: array expected");
                message.matchersSet = $Array(object.matchersSet.length);
                for (let i = 0; i < object.matchersSet.length; ++i) {
                    if (!$util.isObject(object.matchersSet[i]))
                        throw $TypeError(".cortex.MetricsForLabelMatchersRequest.matchersSet: object expected");
                    message.matchersSet[i] = $root.cortex.LabelMatchers.fromObject(object.matchersSet[i], _depth + 1);
                }
            }
            if (object.limit != null)
                if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                    if ($util.Long)
                        message.limit = $util.Long.fromValue(object.limit, false);
                    else if (typeof object.limit === "string")
                        message.limit = $parseInt(object.limit, 10);
                    else if (typeof object.limit === "number")
                        message.limit = object.limit;
                    else if (typeof object.limit === "object")
                        message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber();
            return message;
        };

        MetricsForLabelMatchersRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.matchersSet = [];
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.startTimestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.startTimestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.endTimestampMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.endTimestampMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.startTimestampMs != null && $Object.hasOwnProperty.call(message, "startTimestampMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.startTimestampMs = typeof message.startTimestampMs === "number" ? $BigInt(message.startTimestampMs) : $util.Long.fromBits(message.startTimestampMs.low >>> 0, message.startTimestampMs.high >>> 0, false).toBigInt();
                else if (typeof message.startTimestampMs === "number")
                    object.startTimestampMs = options.longs === $String ? $String(message.startTimestampMs) : message.startTimestampMs;
                else
                    object.startTimestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimestampMs) : options.longs === $Number ? new $util.LongBits(message.startTimestampMs.low >>> 0, message.startTimestampMs.high >>> 0).toNumber() : message.startTimestampMs;
            if (message.endTimestampMs != null && $Object.hasOwnProperty.call(message, "endTimestampMs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.endTimestampMs = typeof message.endTimestampMs === "number" ? $BigInt(message.endTimestampMs) : $util.Long.fromBits(message.endTimestampMs.low >>> 0, message.endTimestampMs.high >>> 0, false).toBigInt();
                else if (typeof message.endTimestampMs === "number")
                    object.endTimestampMs = options.longs === $String ? $String(message.endTimestampMs) : message.endTimestampMs;
                else
                    object.endTimestampMs = options.longs === $String ? $util.Long.prototype.toString.call(message.endTimestampMs) : options.longs === $Number ? new $util.LongBits(message.endTimestampMs.low >>> 0, message.endTimestampMs.high >>> 0).toNumber() : message.endTimestampMs;
            if (message.matchersSet && message.matchersSet.length) {
                object.matchersSet = $Array(message.matchersSet.length);
                for (let j = 0; j < message.matchersSet.length; ++j)
                    object.matchersSet[j] = $root.cortex.LabelMatchers.toObject(message.matchersSet[j], options, _depth + 1);
            }
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, false).toBigInt();
                else if (typeof message.limit === "number")
                    object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                else
                    object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber() : message.limit;
            return object;
        };

        MetricsForLabelMatchersRequest.prototype.toJSON = function() {
            return MetricsForLabelMatchersRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        MetricsForLabelMatchersRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.MetricsForLabelMatchersRequest";
        };

        return MetricsForLabelMatchersRequest;
    })();

    cortex.MetricsForLabelMatchersResponse = (function() {

        const MetricsForLabelMatchersResponse = function (properties) {
            this.metric = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        MetricsForLabelMatchersResponse.prototype.metric = $util.emptyArray;

        MetricsForLabelMatchersResponse.create = function(properties) {
            return new MetricsForLabelMatchersResponse(properties);
        };

        MetricsForLabelMatchersResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.metric != null && message.metric.length)
                for (let i = 0; i < message.metric.length; ++i)
                    $root.cortex.Metric.encode(message.metric[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        MetricsForLabelMatchersResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.MetricsForLabelMatchersResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metric && message.metric.length))
                            message.metric = [];
                        message.metric.push($root.cortex.Metric.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        MetricsForLabelMatchersResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.MetricsForLabelMatchersResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.MetricsForLabelMatchersResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.MetricsForLabelMatchersResponse();
            if (object.metric) {
                if (!$Array.isArray(object.metric))
                    throw $TypeError(".cortex.MetricsForLabelMatchersResponse.metric: array expected");
                message.metric = $Array(object.metric.length);
                for (let i = 0; i < object.metric.length; ++i) {
                    if (!$util.isObject(object.metric[i]))
                        throw $TypeError(".cortex.MetricsForLabelMatchersResponse.metric: object expected");
                    message.metric[i] = $root.cortex.Metric.fromObject(object.metric[i], _depth + 1);
                }
            }
            return message;
        };

        MetricsForLabelMatchersResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.metric = [];
            if (message.metric && message.metric.length) {
                object.metric = $Array(message.metric.length);
                for (let j = 0; j < message.metric.length; ++j)
                    object.metric[j] = $root.cortex.Metric.toObject(message.metric[j], options, _depth + 1);
            }
            return object;
        };

        MetricsForLabelMatchersResponse.prototype.toJSON = function() {
            return MetricsForLabelMatchersResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        MetricsForLabelMatchersResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.MetricsForLabelMatchersResponse";
        };

        return MetricsForLabelMatchersResponse;
    })();

    cortex.MetricsMetadataRequest = (function() {

        const MetricsMetadataRequest = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        MetricsMetadataRequest.prototype.limit = 0;
        MetricsMetadataRequest.prototype.limitPerMetric = 0;
        MetricsMetadataRequest.prototype.metric = "";

        MetricsMetadataRequest.create = function(properties) {
            return new MetricsMetadataRequest(properties);
        };

        MetricsMetadataRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                writer.uint32(8).sint32(message.limit);
            if (message.limitPerMetric != null && $Object.hasOwnProperty.call(message, "limitPerMetric") && message.limitPerMetric !== 0)
                writer.uint32(16).sint32(message.limitPerMetric);
            if (message.metric != null && $Object.hasOwnProperty.call(message, "metric") && message.metric !== "")
                writer.uint32(26).string(message.metric);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        MetricsMetadataRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.MetricsMetadataRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.limitPerMetric = value;
                        else
                            delete message.limitPerMetric;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.metric = value;
                        else
                            delete message.metric;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        MetricsMetadataRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.MetricsMetadataRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.MetricsMetadataRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.MetricsMetadataRequest();
            if (object.limit != null)
                if ($Number(object.limit) !== 0)
                    message.limit = object.limit | 0;
            if (object.limitPerMetric != null)
                if ($Number(object.limitPerMetric) !== 0)
                    message.limitPerMetric = object.limitPerMetric | 0;
            if (object.metric != null)
                if (typeof object.metric !== "string" || object.metric.length)
                    message.metric = $String(object.metric);
            return message;
        };

        MetricsMetadataRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.limit = 0;
                object.limitPerMetric = 0;
                object.metric = "";
            }
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                object.limit = message.limit;
            if (message.limitPerMetric != null && $Object.hasOwnProperty.call(message, "limitPerMetric"))
                object.limitPerMetric = message.limitPerMetric;
            if (message.metric != null && $Object.hasOwnProperty.call(message, "metric"))
                object.metric = message.metric;
            return object;
        };

        MetricsMetadataRequest.prototype.toJSON = function() {
            return MetricsMetadataRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        MetricsMetadataRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.MetricsMetadataRequest";
        };

        return MetricsMetadataRequest;
    })();

    cortex.MetricsMetadataResponse = (function() {

        const MetricsMetadataResponse = function (properties) {
            this.metadata = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        MetricsMetadataResponse.prototype.metadata = $util.emptyArray;

        MetricsMetadataResponse.create = function(properties) {
            return new MetricsMetadataResponse(properties);
        };

        MetricsMetadataResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.metadata != null && message.metadata.length)
                for (let i = 0; i < message.metadata.length; ++i)
                    $root.prometheus.MetricMetadata.encode(message.metadata[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        MetricsMetadataResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.MetricsMetadataResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata && message.metadata.length))
                            message.metadata = [];
                        message.metadata.push($root.prometheus.MetricMetadata.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        MetricsMetadataResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.MetricsMetadataResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.MetricsMetadataResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.MetricsMetadataResponse();
            if (object.metadata) {
                if (!$Array.isArray(object.metadata))
                    throw $TypeError(".cortex.MetricsMetadataResponse.metadata: array expected");
                message.metadata = $Array(object.metadata.length);
                for (let i = 0; i < object.metadata.length; ++i) {
                    if (!$util.isObject(object.metadata[i]))
                        throw $TypeError(".cortex.MetricsMetadataResponse.metadata: object expected");
                    message.metadata[i] = $root.prometheus.MetricMetadata.fromObject(object.metadata[i], _depth + 1);
                }
            }
            return message;
        };

        MetricsMetadataResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.metadata = [];
            if (message.metadata && message.metadata.length) {
                object.metadata = $Array(message.metadata.length);
                for (let j = 0; j < message.metadata.length; ++j)
                    object.metadata[j] = $root.prometheus.MetricMetadata.toObject(message.metadata[j], options, _depth + 1);
            }
            return object;
        };

        MetricsMetadataResponse.prototype.toJSON = function() {
            return MetricsMetadataResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        MetricsMetadataResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.MetricsMetadataResponse";
        };

        return MetricsMetadataResponse;
    })();

    cortex.LabelValues = (function() {

        const LabelValues = function (properties) {
            this.values = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelValues.prototype.labelName = "";
        LabelValues.prototype.values = $util.emptyArray;

        LabelValues.create = function(properties) {
            return new LabelValues(properties);
        };

        LabelValues.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labelName != null && $Object.hasOwnProperty.call(message, "labelName") && message.labelName !== "")
                writer.uint32(10).string(message.labelName);
            if (message.values != null && message.values.length)
                for (let i = 0; i < message.values.length; ++i)
                    writer.uint32(18).string(message.values[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelValues.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.LabelValues();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.labelName = value;
                        else
                            delete message.labelName;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.values && message.values.length))
                            message.values = [];
                        message.values.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelValues.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.LabelValues)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.LabelValues: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.LabelValues();
            if (object.labelName != null)
                if (typeof object.labelName !== "string" || object.labelName.length)
                    message.labelName = $String(object.labelName);
            if (object.values) {
                if (!$Array.isArray(object.values))
                    throw $TypeError(".cortex.LabelValues.values: array expected");
                message.values = $Array(object.values.length);
                for (let i = 0; i < object.values.length; ++i)
                    message.values[i] = $String(object.values[i]);
            }
            return message;
        };

        LabelValues.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.values = [];
            if (options.defaults)
                object.labelName = "";
            if (message.labelName != null && $Object.hasOwnProperty.call(message, "labelName"))
                object.labelName = message.labelName;
            if (message.values && message.values.length) {
                object.values = $Array(message.values.length);
                for (let j = 0; j < message.values.length; ++j)
                    object.values[j] = message.values[j];
            }
            return object;
        };

        LabelValues.prototype.toJSON = function() {
            return LabelValues.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelValues.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.LabelValues";
        };

        return LabelValues;
    })();

    cortex.LabelNamesAndValuesRequest = (function() {

        const LabelNamesAndValuesRequest = function (properties) {
            this.matchers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelNamesAndValuesRequest.prototype.matchers = $util.emptyArray;
        LabelNamesAndValuesRequest.prototype.countMethod = 0;

        LabelNamesAndValuesRequest.create = function(properties) {
            return new LabelNamesAndValuesRequest(properties);
        };

        LabelNamesAndValuesRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.matchers != null && message.matchers.length)
                for (let i = 0; i < message.matchers.length; ++i)
                    $root.cortex.LabelMatcher.encode(message.matchers[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.countMethod != null && $Object.hasOwnProperty.call(message, "countMethod") && message.countMethod !== 0)
                writer.uint32(16).int32(message.countMethod);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelNamesAndValuesRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.LabelNamesAndValuesRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.matchers && message.matchers.length))
                            message.matchers = [];
                        message.matchers.push($root.cortex.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.countMethod = value;
                        else
                            delete message.countMethod;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelNamesAndValuesRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.LabelNamesAndValuesRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.LabelNamesAndValuesRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.LabelNamesAndValuesRequest();
            if (object.matchers) {
                if (!$Array.isArray(object.matchers))
                    throw $TypeError(".cortex.LabelNamesAndValuesRequest.matchers: array expected");
                message.matchers = $Array(object.matchers.length);
                for (let i = 0; i < object.matchers.length; ++i) {
                    if (!$util.isObject(object.matchers[i]))
                        throw $TypeError(".cortex.LabelNamesAndValuesRequest.matchers: object expected");
                    message.matchers[i] = $root.cortex.LabelMatcher.fromObject(object.matchers[i], _depth + 1);
                }
            }
            if (object.countMethod !== 0 && (typeof object.countMethod !== "string" || $root.cortex.CountMethod[object.countMethod] !== 0))
                switch (object.countMethod) {
                case "IN_MEMORY":
                case 0:
                    message.countMethod = 0;
                    break;
                case "ACTIVE":
                case 1:
                    message.countMethod = 1;
                    break;
                default:
                    if (typeof object.countMethod === "number" && (object.countMethod | 0) === object.countMethod)
                        message.countMethod = object.countMethod;
                }
            return message;
        };

        LabelNamesAndValuesRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.matchers = [];
            if (options.defaults)
                object.countMethod = options.enums === $String ? "IN_MEMORY" : 0;
            if (message.matchers && message.matchers.length) {
                object.matchers = $Array(message.matchers.length);
                for (let j = 0; j < message.matchers.length; ++j)
                    object.matchers[j] = $root.cortex.LabelMatcher.toObject(message.matchers[j], options, _depth + 1);
            }
            if (message.countMethod != null && $Object.hasOwnProperty.call(message, "countMethod"))
                object.countMethod = options.enums === $String ? $root.cortex.CountMethod[message.countMethod] === $undefined ? message.countMethod : $root.cortex.CountMethod[message.countMethod] : message.countMethod;
            return object;
        };

        LabelNamesAndValuesRequest.prototype.toJSON = function() {
            return LabelNamesAndValuesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelNamesAndValuesRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.LabelNamesAndValuesRequest";
        };

        return LabelNamesAndValuesRequest;
    })();

    cortex.LabelNamesAndValuesResponse = (function() {

        const LabelNamesAndValuesResponse = function (properties) {
            this.items = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelNamesAndValuesResponse.prototype.items = $util.emptyArray;

        LabelNamesAndValuesResponse.create = function(properties) {
            return new LabelNamesAndValuesResponse(properties);
        };

        LabelNamesAndValuesResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.items != null && message.items.length)
                for (let i = 0; i < message.items.length; ++i)
                    $root.cortex.LabelValues.encode(message.items[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelNamesAndValuesResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.LabelNamesAndValuesResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.items && message.items.length))
                            message.items = [];
                        message.items.push($root.cortex.LabelValues.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelNamesAndValuesResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.LabelNamesAndValuesResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.LabelNamesAndValuesResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.LabelNamesAndValuesResponse();
            if (object.items) {
                if (!$Array.isArray(object.items))
                    throw $TypeError(".cortex.LabelNamesAndValuesResponse.items: array expected");
                message.items = $Array(object.items.length);
                for (let i = 0; i < object.items.length; ++i) {
                    if (!$util.isObject(object.items[i]))
                        throw $TypeError(".cortex.LabelNamesAndValuesResponse.items: object expected");
                    message.items[i] = $root.cortex.LabelValues.fromObject(object.items[i], _depth + 1);
                }
            }
            return message;
        };

        LabelNamesAndValuesResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.items = [];
            if (message.items && message.items.length) {
                object.items = $Array(message.items.length);
                for (let j = 0; j < message.items.length; ++j)
                    object.items[j] = $root.cortex.LabelValues.toObject(message.items[j], options, _depth + 1);
            }
            return object;
        };

        LabelNamesAndValuesResponse.prototype.toJSON = function() {
            return LabelNamesAndValuesResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelNamesAndValuesResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.LabelNamesAndValuesResponse";
        };

        return LabelNamesAndValuesResponse;
    })();

    cortex.LabelValuesCardinalityRequest = (function() {

        const LabelValuesCardinalityRequest = function (properties) {
            this.labelNames = [];
            this.matchers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelValuesCardinalityRequest.prototype.labelNames = $util.emptyArray;
        LabelValuesCardinalityRequest.prototype.matchers = $util.emptyArray;
        LabelValuesCardinalityRequest.prototype.countMethod = 0;

        LabelValuesCardinalityRequest.create = function(properties) {
            return new LabelValuesCardinalityRequest(properties);
        };

        LabelValuesCardinalityRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labelNames != null && message.labelNames.length)
                for (let i = 0; i < message.labelNames.length; ++i)
                    writer.uint32(10).string(message.labelNames[i]);
            if (message.matchers != null && message.matchers.length)
                for (let i = 0; i < message.matchers.length; ++i)
                    $root.cortex.LabelMatcher.encode(message.matchers[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.countMethod != null && $Object.hasOwnProperty.call(message, "countMethod") && message.countMethod !== 0)
                writer.uint32(24).int32(message.countMethod);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelValuesCardinalityRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.LabelValuesCardinalityRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.labelNames && message.labelNames.length))
                            message.labelNames = [];
                        message.labelNames.push(reader.stringVerify());
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.matchers && message.matchers.length))
                            message.matchers = [];
                        message.matchers.push($root.cortex.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.countMethod = value;
                        else
                            delete message.countMethod;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelValuesCardinalityRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.LabelValuesCardinalityRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.LabelValuesCardinalityRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.LabelValuesCardinalityRequest();
            if (object.labelNames) {
                if (!$Array.isArray(object.labelNames))
                    throw $TypeError(".cortex.LabelValuesCardinalityRequest.labelNames: array expected");
                message.labelNames = $Array(object.labelNames.length);
                for (let i = 0; i < object.labelNames.length; ++i)
                    message.labelNames[i] = $String(object.labelNames[i]);
            }
            if (object.matchers) {
                if (!$Array.isArray(object.matchers))
                    throw $TypeError(".cortex.LabelValuesCardinalityRequest.matchers: array expected");
                message.matchers = $Array(object.matchers.length);
                for (let i = 0; i < object.matchers.length; ++i) {
                    if (!$util.isObject(object.matchers[i]))
                        throw $TypeError(".cortex.LabelValuesCardinalityRequest.matchers: object expected");
                    message.matchers[i] = $root.cortex.LabelMatcher.fromObject(object.matchers[i], _depth + 1);
                }
            }
            if (object.countMethod !== 0 && (typeof object.countMethod !== "string" || $root.cortex.CountMethod[object.countMethod] !== 0))
                switch (object.countMethod) {
                case "IN_MEMORY":
                case 0:
                    message.countMethod = 0;
                    break;
                case "ACTIVE":
                case 1:
                    message.countMethod = 1;
                    break;
                default:
                    if (typeof object.countMethod === "number" && (object.countMethod | 0) === object.countMethod)
                        message.countMethod = object.countMethod;
                }
            return message;
        };

        LabelValuesCardinalityRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.labelNames = [];
                object.matchers = [];
            }
            if (options.defaults)
                object.countMethod = options.enums === $String ? "IN_MEMORY" : 0;
            if (message.labelNames && message.labelNames.length) {
                object.labelNames = $Array(message.labelNames.length);
                for (let j = 0; j < message.labelNames.length; ++j)
                    object.labelNames[j] = message.labelNames[j];
            }
            if (message.matchers && message.matchers.length) {
                object.matchers = $Array(message.matchers.length);
                for (let j = 0; j < message.matchers.length; ++j)
                    object.matchers[j] = $root.cortex.LabelMatcher.toObject(message.matchers[j], options, _depth + 1);
            }
            if (message.countMethod != null && $Object.hasOwnProperty.call(message, "countMethod"))
                object.countMethod = options.enums === $String ? $root.cortex.CountMethod[message.countMethod] === $undefined ? message.countMethod : $root.cortex.CountMethod[message.countMethod] : message.countMethod;
            return object;
        };

        LabelValuesCardinalityRequest.prototype.toJSON = function() {
            return LabelValuesCardinalityRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelValuesCardinalityRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.LabelValuesCardinalityRequest";
        };

        return LabelValuesCardinalityRequest;
    })();

    cortex.LabelValueSeriesCount = (function() {

        const LabelValueSeriesCount = function (properties) {
            this.labelValueSeries = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelValueSeriesCount.prototype.labelName = "";
        LabelValueSeriesCount.prototype.labelValueSeries = $util.emptyObject;

        LabelValueSeriesCount.create = function(properties) {
            return new LabelValueSeriesCount(properties);
        };

        LabelValueSeriesCount.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labelName != null && $Object.hasOwnProperty.call(message, "labelName") && message.labelName !== "")
                writer.uint32(10).string(message.labelName);
            if (message.labelValueSeries != null && $Object.hasOwnProperty.call(message, "labelValueSeries"))
                for (let keys = $Object.keys(message.labelValueSeries), i = 0; i < keys.length; ++i)
                    writer.uint32(18).fork().uint32(10).string(keys[i]).uint32(16).uint64(message.labelValueSeries[keys[i]]).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelValueSeriesCount.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.LabelValueSeriesCount();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.labelName = value;
                        else
                            delete message.labelName;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (message.labelValueSeries === $util.emptyObject)
                            message.labelValueSeries = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = $util.Long ? $util.Long.fromNumber(0, true) : 0;
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 0)
                                    break;
                                value = reader.uint64();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.labelValueSeries, key);
                        message.labelValueSeries[key] = value;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelValueSeriesCount.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.LabelValueSeriesCount)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.LabelValueSeriesCount: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.LabelValueSeriesCount();
            if (object.labelName != null)
                if (typeof object.labelName !== "string" || object.labelName.length)
                    message.labelName = $String(object.labelName);
            if (object.labelValueSeries) {
                if (!$util.isObject(object.labelValueSeries))
                    throw $TypeError(".cortex.LabelValueSeriesCount.labelValueSeries: object expected");
                message.labelValueSeries = {};
                for (let keys = $Object.keys(object.labelValueSeries), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.labelValueSeries, keys[i]);
                    if ($util.Long)
                        message.labelValueSeries[keys[i]] = $util.Long.fromValue(object.labelValueSeries[keys[i]], true);
                    else if (typeof object.labelValueSeries[keys[i]] === "string")
                        message.labelValueSeries[keys[i]] = $parseInt(object.labelValueSeries[keys[i]], 10);
                    else if (typeof object.labelValueSeries[keys[i]] === "number")
                        message.labelValueSeries[keys[i]] = object.labelValueSeries[keys[i]];
                    else if (typeof object.labelValueSeries[keys[i]] === "object")
                        message.labelValueSeries[keys[i]] = new $util.LongBits(object.labelValueSeries[keys[i]].low >>> 0, object.labelValueSeries[keys[i]].high >>> 0).toNumber(true);
                }
            }
            return message;
        };

        LabelValueSeriesCount.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults)
                object.labelValueSeries = {};
            if (options.defaults)
                object.labelName = "";
            if (message.labelName != null && $Object.hasOwnProperty.call(message, "labelName"))
                object.labelName = message.labelName;
            let keys2;
            if (message.labelValueSeries && (keys2 = $Object.keys(message.labelValueSeries)).length) {
                object.labelValueSeries = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.labelValueSeries, keys2[j]);
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.labelValueSeries[keys2[j]] = typeof message.labelValueSeries[keys2[j]] === "number" ? $BigInt(message.labelValueSeries[keys2[j]]) : $util.Long.fromBits(message.labelValueSeries[keys2[j]].low >>> 0, message.labelValueSeries[keys2[j]].high >>> 0, true).toBigInt();
                    else if (typeof message.labelValueSeries[keys2[j]] === "number")
                        object.labelValueSeries[keys2[j]] = options.longs === $String ? $String(message.labelValueSeries[keys2[j]]) : message.labelValueSeries[keys2[j]];
                    else
                        object.labelValueSeries[keys2[j]] = options.longs === $String ? $util.Long.prototype.toString.call(message.labelValueSeries[keys2[j]]) : options.longs === $Number ? new $util.LongBits(message.labelValueSeries[keys2[j]].low >>> 0, message.labelValueSeries[keys2[j]].high >>> 0).toNumber(true) : message.labelValueSeries[keys2[j]];
                }
            }
            return object;
        };

        LabelValueSeriesCount.prototype.toJSON = function() {
            return LabelValueSeriesCount.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelValueSeriesCount.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.LabelValueSeriesCount";
        };

        return LabelValueSeriesCount;
    })();

    cortex.LabelValuesCardinalityResponse = (function() {

        const LabelValuesCardinalityResponse = function (properties) {
            this.items = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelValuesCardinalityResponse.prototype.items = $util.emptyArray;

        LabelValuesCardinalityResponse.create = function(properties) {
            return new LabelValuesCardinalityResponse(properties);
        };

        LabelValuesCardinalityResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.items != null && message.items.length)
                for (let i = 0; i < message.items.length; ++i)
                    $root.cortex.LabelValueSeriesCount.encode(message.items[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelValuesCardinalityResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.LabelValuesCardinalityResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.items && message.items.length))
                            message.items = [];
                        message.items.push($root.cortex.LabelValueSeriesCount.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelValuesCardinalityResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.LabelValuesCardinalityResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.LabelValuesCardinalityResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.LabelValuesCardinalityResponse();
            if (object.items) {
                if (!$Array.isArray(object.items))
                    throw $TypeError(".cortex.LabelValuesCardinalityResponse.items: array expected");
                message.items = $Array(object.items.length);
                for (let i = 0; i < object.items.length; ++i) {
                    if (!$util.isObject(object.items[i]))
                        throw $TypeError(".cortex.LabelValuesCardinalityResponse.items: object expected");
                    message.items[i] = $root.cortex.LabelValueSeriesCount.fromObject(object.items[i], _depth + 1);
                }
            }
            return message;
        };

        LabelValuesCardinalityResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.items = [];
            if (message.items && message.items.length) {
                object.items = $Array(message.items.length);
                for (let j = 0; j < message.items.length; ++j)
                    object.items[j] = $root.cortex.LabelValueSeriesCount.toObject(message.items[j], options, _depth + 1);
            }
            return object;
        };

        LabelValuesCardinalityResponse.prototype.toJSON = function() {
            return LabelValuesCardinalityResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelValuesCardinalityResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.LabelValuesCardinalityResponse";
        };

        return LabelValuesCardinalityResponse;
    })();

    cortex.ActiveSeriesRequest = (function() {

        const ActiveSeriesRequest = function (properties) {
            this.matchers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ActiveSeriesRequest.prototype.matchers = $util.emptyArray;
        ActiveSeriesRequest.prototype.type = 0;

        ActiveSeriesRequest.create = function(properties) {
            return new ActiveSeriesRequest(properties);
        };

        ActiveSeriesRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.matchers != null && message.matchers.length)
                for (let i = 0; i < message.matchers.length; ++i)
                    $root.cortex.LabelMatcher.encode(message.matchers[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(16).int32(message.type);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ActiveSeriesRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.ActiveSeriesRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.matchers && message.matchers.length))
                            message.matchers = [];
                        message.matchers.push($root.cortex.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ActiveSeriesRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.ActiveSeriesRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.ActiveSeriesRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.ActiveSeriesRequest();
            if (object.matchers) {
                if (!$Array.isArray(object.matchers))
                    throw $TypeError(".cortex.ActiveSeriesRequest.matchers: array expected");
                message.matchers = $Array(object.matchers.length);
                for (let i = 0; i < object.matchers.length; ++i) {
                    if (!$util.isObject(object.matchers[i]))
                        throw $TypeError(".cortex.ActiveSeriesRequest.matchers: object expected");
                    message.matchers[i] = $root.cortex.LabelMatcher.fromObject(object.matchers[i], _depth + 1);
                }
            }
            if (object.type !== 0 && (typeof object.type !== "string" || $root.cortex.ActiveSeriesRequest.RequestType[object.type] !== 0))
                switch (object.type) {
                case "SERIES":
                case 0:
                    message.type = 0;
                    break;
                case "NATIVE_HISTOGRAM_SERIES":
                case 1:
                    message.type = 1;
                    break;
                default:
                    if (typeof object.type === "number" && (object.type | 0) === object.type)
                        message.type = object.type;
                }
            return message;
        };

        ActiveSeriesRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.matchers = [];
            if (options.defaults)
                object.type = options.enums === $String ? "SERIES" : 0;
            if (message.matchers && message.matchers.length) {
                object.matchers = $Array(message.matchers.length);
                for (let j = 0; j < message.matchers.length; ++j)
                    object.matchers[j] = $root.cortex.LabelMatcher.toObject(message.matchers[j], options, _depth + 1);
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === $String ? $root.cortex.ActiveSeriesRequest.RequestType[message.type] === $undefined ? message.type : $root.cortex.ActiveSeriesRequest.RequestType[message.type] : message.type;
            return object;
        };

        ActiveSeriesRequest.prototype.toJSON = function() {
            return ActiveSeriesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        ActiveSeriesRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.ActiveSeriesRequest";
        };

        ActiveSeriesRequest.RequestType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SERIES"] = 0;
            values[valuesById[1] = "NATIVE_HISTOGRAM_SERIES"] = 1;
            return values;
        })();

        return ActiveSeriesRequest;
    })();

    cortex.ActiveSeriesResponse = (function() {

        const ActiveSeriesResponse = function (properties) {
            this.metric = [];
            this.bucketCount = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ActiveSeriesResponse.prototype.metric = $util.emptyArray;
        ActiveSeriesResponse.prototype.bucketCount = $util.emptyArray;

        ActiveSeriesResponse.create = function(properties) {
            return new ActiveSeriesResponse(properties);
        };

        ActiveSeriesResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.metric != null && message.metric.length)
                for (let i = 0; i < message.metric.length; ++i)
                    $root.cortex.Metric.encode(message.metric[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.bucketCount != null && message.bucketCount.length)
                writer.uint32(18).uint64s(message.bucketCount);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ActiveSeriesResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.cortex.ActiveSeriesResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metric && message.metric.length))
                            message.metric = [];
                        message.metric.push($root.cortex.Metric.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType === 2) {
                            if (!(message.bucketCount && message.bucketCount.length))
                                message.bucketCount = [];
                            reader.uint64s(message.bucketCount);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.bucketCount && message.bucketCount.length))
                            message.bucketCount = [];
                        message.bucketCount.push(reader.uint64());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ActiveSeriesResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.cortex.ActiveSeriesResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".cortex.ActiveSeriesResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.cortex.ActiveSeriesResponse();
            if (object.metric) {
                if (!$Array.isArray(object.metric))
                    throw $TypeError(".cortex.ActiveSeriesResponse.metric: array expected");
                message.metric = $Array(object.metric.length);
                for (let i = 0; i < object.metric.length; ++i) {
                    if (!$util.isObject(object.metric[i]))
                        throw $TypeError(".cortex.ActiveSeriesResponse.metric: object expected");
                    message.metric[i] = $root.cortex.Metric.fromObject(object.metric[i], _depth + 1);
                }
            }
            if (object.bucketCount) {
                if (!$Array.isArray(object.bucketCount))
                    throw $TypeError(".cortex.ActiveSeriesResponse.bucketCount: array expected");
                message.bucketCount = $Array(object.bucketCount.length);
                for (let i = 0; i < object.bucketCount.length; ++i)
                    if ($util.Long)
                        message.bucketCount[i] = $util.Long.fromValue(object.bucketCount[i], true);
                    else if (typeof object.bucketCount[i] === "string")
                        message.bucketCount[i] = $parseInt(object.bucketCount[i], 10);
                    else if (typeof object.bucketCount[i] === "number")
                        message.bucketCount[i] = object.bucketCount[i];
                    else if (typeof object.bucketCount[i] === "object")
                        message.bucketCount[i] = new $util.LongBits(object.bucketCount[i].low >>> 0, object.bucketCount[i].high >>> 0).toNumber(true);
            }
            return message;
        };

        ActiveSeriesResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.metric = [];
                object.bucketCount = [];
            }
            if (message.metric && message.metric.length) {
                object.metric = $Array(message.metric.length);
                for (let j = 0; j < message.metric.length; ++j)
                    object.metric[j] = $root.cortex.Metric.toObject(message.metric[j], options, _depth + 1);
            }
            if (message.bucketCount && message.bucketCount.length) {
                object.bucketCount = $Array(message.bucketCount.length);
                for (let j = 0; j < message.bucketCount.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bucketCount[j] = typeof message.bucketCount[j] === "number" ? $BigInt(message.bucketCount[j]) : $util.Long.fromBits(message.bucketCount[j].low >>> 0, message.bucketCount[j].high >>> 0, true).toBigInt();
                    else if (typeof message.bucketCount[j] === "number")
                        object.bucketCount[j] = options.longs === $String ? $String(message.bucketCount[j]) : message.bucketCount[j];
                    else
                        object.bucketCount[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.bucketCount[j]) : options.longs === $Number ? new $util.LongBits(message.bucketCount[j].low >>> 0, message.bucketCount[j].high >>> 0).toNumber(true) : message.bucketCount[j];
            }
            return object;
        };

        ActiveSeriesResponse.prototype.toJSON = function() {
            return ActiveSeriesResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        ActiveSeriesResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/cortex.ActiveSeriesResponse";
        };

        return ActiveSeriesResponse;
    })();

    return cortex;
})();

export const prometheus = $root.prometheus = (() => {

    const prometheus = {};

    prometheus.WriteRequest = (function() {

        const WriteRequest = function (properties) {
            this.timeseries = [];
            this.metadata = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        WriteRequest.prototype.timeseries = $util.emptyArray;
        WriteRequest.prototype.metadata = $util.emptyArray;

        WriteRequest.create = function(properties) {
            return new WriteRequest(properties);
        };

        WriteRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.timeseries != null && message.timeseries.length)
                for (let i = 0; i < message.timeseries.length; ++i)
                    $root.prometheus.TimeSeries.encode(message.timeseries[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.metadata != null && message.metadata.length)
                for (let i = 0; i < message.metadata.length; ++i)
                    $root.prometheus.MetricMetadata.encode(message.metadata[i], writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        WriteRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.WriteRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.timeseries && message.timeseries.length))
                            message.timeseries = [];
                        message.timeseries.push($root.prometheus.TimeSeries.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata && message.metadata.length))
                            message.metadata = [];
                        message.metadata.push($root.prometheus.MetricMetadata.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        WriteRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.WriteRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.WriteRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.WriteRequest();
            if (object.timeseries) {
                if (!$Array.isArray(object.timeseries))
                    throw $TypeError(".prometheus.WriteRequest.timeseries: array expected");
                message.timeseries = $Array(object.timeseries.length);
                for (let i = 0; i < object.timeseries.length; ++i) {
                    if (!$util.isObject(object.timeseries[i]))
                        throw $TypeError(".prometheus.WriteRequest.timeseries: object expected");
                    message.timeseries[i] = $root.prometheus.TimeSeries.fromObject(object.timeseries[i], _depth + 1);
                }
            }
            if (object.metadata) {
                if (!$Array.isArray(object.metadata))
                    throw $TypeError(".prometheus.WriteRequest.metadata: array expected");
                message.metadata = $Array(object.metadata.length);
                for (let i = 0; i < object.metadata.length; ++i) {
                    if (!$util.isObject(object.metadata[i]))
                        throw $TypeError(".prometheus.WriteRequest.metadata: object expected");
                    message.metadata[i] = $root.prometheus.MetricMetadata.fromObject(object.metadata[i], _depth + 1);
                }
            }
            return message;
        };

        WriteRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.timeseries = [];
                object.metadata = [];
            }
            if (message.timeseries && message.timeseries.length) {
                object.timeseries = $Array(message.timeseries.length);
                for (let j = 0; j < message.timeseries.length; ++j)
                    object.timeseries[j] = $root.prometheus.TimeSeries.toObject(message.timeseries[j], options, _depth + 1);
            }
            if (message.metadata && message.metadata.length) {
                object.metadata = $Array(message.metadata.length);
                for (let j = 0; j < message.metadata.length; ++j)
                    object.metadata[j] = $root.prometheus.MetricMetadata.toObject(message.metadata[j], options, _depth + 1);
            }
            return object;
        };

        WriteRequest.prototype.toJSON = function() {
            return WriteRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        WriteRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.WriteRequest";
        };

        return WriteRequest;
    })();

    prometheus.MetricMetadata = (function() {

        const MetricMetadata = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        MetricMetadata.prototype.type = 0;
        MetricMetadata.prototype.metricFamilyName = "";
        MetricMetadata.prototype.help = "";
        MetricMetadata.prototype.unit = "";

        MetricMetadata.create = function(properties) {
            return new MetricMetadata(properties);
        };

        MetricMetadata.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(8).int32(message.type);
            if (message.metricFamilyName != null && $Object.hasOwnProperty.call(message, "metricFamilyName") && message.metricFamilyName !== "")
                writer.uint32(18).string(message.metricFamilyName);
            if (message.help != null && $Object.hasOwnProperty.call(message, "help") && message.help !== "")
                writer.uint32(34).string(message.help);
            if (message.unit != null && $Object.hasOwnProperty.call(message, "unit") && message.unit !== "")
                writer.uint32(42).string(message.unit);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        MetricMetadata.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.MetricMetadata();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.metricFamilyName = value;
                        else
                            delete message.metricFamilyName;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.help = value;
                        else
                            delete message.help;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.unit = value;
                        else
                            delete message.unit;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        MetricMetadata.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.MetricMetadata)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.MetricMetadata: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.MetricMetadata();
            if (object.type !== 0 && (typeof object.type !== "string" || $root.prometheus.MetricMetadata.MetricType[object.type] !== 0))
                switch (object.type) {
                case "UNKNOWN":
                case 0:
                    message.type = 0;
                    break;
                case "COUNTER":
                case 1:
                    message.type = 1;
                    break;
                case "GAUGE":
                case 2:
                    message.type = 2;
                    break;
                case "HISTOGRAM":
                case 3:
                    message.type = 3;
                    break;
                case "GAUGEHISTOGRAM":
                case 4:
                    message.type = 4;
                    break;
                case "SUMMARY":
                case 5:
                    message.type = 5;
                    break;
                case "INFO":
                case 6:
                    message.type = 6;
                    break;
                case "STATESET":
                case 7:
                    message.type = 7;
                    break;
                default:
                    if (typeof object.type === "number" && (object.type | 0) === object.type)
                        message.type = object.type;
                }
            if (object.metricFamilyName != null)
                if (typeof object.metricFamilyName !== "string" || object.metricFamilyName.length)
                    message.metricFamilyName = $String(object.metricFamilyName);
            if (object.help != null)
                if (typeof object.help !== "string" || object.help.length)
                    message.help = $String(object.help);
            if (object.unit != null)
                if (typeof object.unit !== "string" || object.unit.length)
                    message.unit = $String(object.unit);
            return message;
        };

        MetricMetadata.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.type = options.enums === $String ? "UNKNOWN" : 0;
                object.metricFamilyName = "";
                object.help = "";
                object.unit = "";
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === $String ? $root.prometheus.MetricMetadata.MetricType[message.type] === $undefined ? message.type : $root.prometheus.MetricMetadata.MetricType[message.type] : message.type;
            if (message.metricFamilyName != null && $Object.hasOwnProperty.call(message, "metricFamilyName"))
                object.metricFamilyName = message.metricFamilyName;
            if (message.help != null && $Object.hasOwnProperty.call(message, "help"))
                object.help = message.help;
            if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                object.unit = message.unit;
            return object;
        };

        MetricMetadata.prototype.toJSON = function() {
            return MetricMetadata.toObject(this, $protobuf.util.toJSONOptions);
        };

        MetricMetadata.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.MetricMetadata";
        };

        MetricMetadata.MetricType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "COUNTER"] = 1;
            values[valuesById[2] = "GAUGE"] = 2;
            values[valuesById[3] = "HISTOGRAM"] = 3;
            values[valuesById[4] = "GAUGEHISTOGRAM"] = 4;
            values[valuesById[5] = "SUMMARY"] = 5;
            values[valuesById[6] = "INFO"] = 6;
            values[valuesById[7] = "STATESET"] = 7;
            return values;
        })();

        return MetricMetadata;
    })();

    prometheus.Sample = (function() {

        const Sample = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Sample.prototype.value = 0;
        Sample.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        Sample.create = function(properties) {
            return new Sample(properties);
        };

        Sample.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                writer.uint32(9).double(message.value);
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                writer.uint32(16).int64(message.timestamp);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Sample.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.Sample();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestamp = value;
                        else
                            delete message.timestamp;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Sample.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.Sample)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.Sample: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.Sample();
            if (object.value != null)
                if (!$Object.is($Number(object.value), 0))
                    message.value = $Number(object.value);
            if (object.timestamp != null)
                if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                    if ($util.Long)
                        message.timestamp = $util.Long.fromValue(object.timestamp, false);
                    else if (typeof object.timestamp === "string")
                        message.timestamp = $parseInt(object.timestamp, 10);
                    else if (typeof object.timestamp === "number")
                        message.timestamp = object.timestamp;
                    else if (typeof object.timestamp === "object")
                        message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
            return message;
        };

        Sample.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.value = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                else if (typeof message.timestamp === "number")
                    object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                else
                    object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
            return object;
        };

        Sample.prototype.toJSON = function() {
            return Sample.toObject(this, $protobuf.util.toJSONOptions);
        };

        Sample.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.Sample";
        };

        return Sample;
    })();

    prometheus.Exemplar = (function() {

        const Exemplar = function (properties) {
            this.labels = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Exemplar.prototype.labels = $util.emptyArray;
        Exemplar.prototype.value = 0;
        Exemplar.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        Exemplar.create = function(properties) {
            return new Exemplar(properties);
        };

        Exemplar.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labels != null && message.labels.length)
                for (let i = 0; i < message.labels.length; ++i)
                    $root.prometheus.Label.encode(message.labels[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                writer.uint32(17).double(message.value);
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                writer.uint32(24).int64(message.timestamp);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Exemplar.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.Exemplar();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.labels && message.labels.length))
                            message.labels = [];
                        message.labels.push($root.prometheus.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestamp = value;
                        else
                            delete message.timestamp;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Exemplar.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.Exemplar)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.Exemplar: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.Exemplar();
            if (object.labels) {
                if (!$Array.isArray(object.labels))
                    throw $TypeError(".prometheus.Exemplar.labels: array expected");
                message.labels = $Array(object.labels.length);
                for (let i = 0; i < object.labels.length; ++i) {
                    if (!$util.isObject(object.labels[i]))
                        throw $TypeError(".prometheus.Exemplar.labels: object expected");
                    message.labels[i] = $root.prometheus.Label.fromObject(object.labels[i], _depth + 1);
                }
            }
            if (object.value != null)
                if (!$Object.is($Number(object.value), 0))
                    message.value = $Number(object.value);
            if (object.timestamp != null)
                if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                    if ($util.Long)
                        message.timestamp = $util.Long.fromValue(object.timestamp, false);
                    else if (typeof object.timestamp === "string")
                        message.timestamp = $parseInt(object.timestamp, 10);
                    else if (typeof object.timestamp === "number")
                        message.timestamp = object.timestamp;
                    else if (typeof object.timestamp === "object")
                        message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
            return message;
        };

        Exemplar.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.labels = [];
            if (options.defaults) {
                object.value = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.labels && message.labels.length) {
                object.labels = $Array(message.labels.length);
                for (let j = 0; j < message.labels.length; ++j)
                    object.labels[j] = $root.prometheus.Label.toObject(message.labels[j], options, _depth + 1);
            }
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                else if (typeof message.timestamp === "number")
                    object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                else
                    object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
            return object;
        };

        Exemplar.prototype.toJSON = function() {
            return Exemplar.toObject(this, $protobuf.util.toJSONOptions);
        };

        Exemplar.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.Exemplar";
        };

        return Exemplar;
    })();

    prometheus.BucketSpan = (function() {

        const BucketSpan = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        BucketSpan.prototype.offset = 0;
        BucketSpan.prototype.length = 0;

        BucketSpan.create = function(properties) {
            return new BucketSpan(properties);
        };

        BucketSpan.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && message.offset !== 0)
                writer.uint32(8).sint32(message.offset);
            if (message.length != null && $Object.hasOwnProperty.call(message, "length") && message.length !== 0)
                writer.uint32(16).uint32(message.length);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        BucketSpan.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.BucketSpan();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.offset = value;
                        else
                            delete message.offset;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.uint32())
                            message.length = value;
                        else
                            delete message.length;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        BucketSpan.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.BucketSpan)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.BucketSpan: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.BucketSpan();
            if (object.offset != null)
                if ($Number(object.offset) !== 0)
                    message.offset = object.offset | 0;
            if (object.length != null)
                if ($Number(object.length) !== 0)
                    message.length = object.length >>> 0;
            return message;
        };

        BucketSpan.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.offset = 0;
                object.length = 0;
            }
            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                object.offset = message.offset;
            if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                object.length = message.length;
            return object;
        };

        BucketSpan.prototype.toJSON = function() {
            return BucketSpan.toObject(this, $protobuf.util.toJSONOptions);
        };

        BucketSpan.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.BucketSpan";
        };

        return BucketSpan;
    })();

    prometheus.Histogram = (function() {

        const Histogram = function (properties) {
            this.negativeSpans = [];
            this.negativeDeltas = [];
            this.negativeCounts = [];
            this.positiveSpans = [];
            this.positiveDeltas = [];
            this.positiveCounts = [];
            this.customValues = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Histogram.prototype.countInt = null;
        Histogram.prototype.countFloat = null;
        Histogram.prototype.sum = 0;
        Histogram.prototype.schema = 0;
        Histogram.prototype.zeroThreshold = 0;
        Histogram.prototype.zeroCountInt = null;
        Histogram.prototype.zeroCountFloat = null;
        Histogram.prototype.negativeSpans = $util.emptyArray;
        Histogram.prototype.negativeDeltas = $util.emptyArray;
        Histogram.prototype.negativeCounts = $util.emptyArray;
        Histogram.prototype.positiveSpans = $util.emptyArray;
        Histogram.prototype.positiveDeltas = $util.emptyArray;
        Histogram.prototype.positiveCounts = $util.emptyArray;
        Histogram.prototype.resetHint = 0;
        Histogram.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        Histogram.prototype.customValues = $util.emptyArray;

        let $oneOfFields;

        $Object.defineProperty(Histogram.prototype, "count", {
            get: $util.oneOfGetter($oneOfFields = ["countInt", "countFloat"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        $Object.defineProperty(Histogram.prototype, "zeroCount", {
            get: $util.oneOfGetter($oneOfFields = ["zeroCountInt", "zeroCountFloat"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        Histogram.create = function(properties) {
            return new Histogram(properties);
        };

        Histogram.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.countInt != null && $Object.hasOwnProperty.call(message, "countInt"))
                writer.uint32(8).uint64(message.countInt);
            if (message.countFloat != null && $Object.hasOwnProperty.call(message, "countFloat"))
                writer.uint32(17).double(message.countFloat);
            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum") && !$Object.is(message.sum, 0))
                writer.uint32(25).double(message.sum);
            if (message.schema != null && $Object.hasOwnProperty.call(message, "schema") && message.schema !== 0)
                writer.uint32(32).sint32(message.schema);
            if (message.zeroThreshold != null && $Object.hasOwnProperty.call(message, "zeroThreshold") && !$Object.is(message.zeroThreshold, 0))
                writer.uint32(41).double(message.zeroThreshold);
            if (message.zeroCountInt != null && $Object.hasOwnProperty.call(message, "zeroCountInt"))
                writer.uint32(48).uint64(message.zeroCountInt);
            if (message.zeroCountFloat != null && $Object.hasOwnProperty.call(message, "zeroCountFloat"))
                writer.uint32(57).double(message.zeroCountFloat);
            if (message.negativeSpans != null && message.negativeSpans.length)
                for (let i = 0; i < message.negativeSpans.length; ++i)
                    $root.prometheus.BucketSpan.encode(message.negativeSpans[i], writer.uint32(66).fork(), _depth + 1).ldelim();
            if (message.negativeDeltas != null && message.negativeDeltas.length)
                writer.uint32(74).sint64s(message.negativeDeltas);
            if (message.negativeCounts != null && message.negativeCounts.length)
                writer.uint32(82).doubles(message.negativeCounts);
            if (message.positiveSpans != null && message.positiveSpans.length)
                for (let i = 0; i < message.positiveSpans.length; ++i)
                    $root.prometheus.BucketSpan.encode(message.positiveSpans[i], writer.uint32(90).fork(), _depth + 1).ldelim();
            if (message.positiveDeltas != null && message.positiveDeltas.length)
                writer.uint32(98).sint64s(message.positiveDeltas);
            if (message.positiveCounts != null && message.positiveCounts.length)
                writer.uint32(106).doubles(message.positiveCounts);
            if (message.resetHint != null && $Object.hasOwnProperty.call(message, "resetHint") && message.resetHint !== 0)
                writer.uint32(112).int32(message.resetHint);
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                writer.uint32(120).int64(message.timestamp);
            if (message.customValues != null && message.customValues.length)
                writer.uint32(130).doubles(message.customValues);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Histogram.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.Histogram();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.countInt = reader.uint64();
                        message.count = "countInt";
                        continue;
                    }
                case 2: {
                        if (wireType !== 1)
                            break;
                        message.countFloat = reader.double();
                        message.count = "countFloat";
                        continue;
                    }
                case 3: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.sum = value;
                        else
                            delete message.sum;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.sint32())
                            message.schema = value;
                        else
                            delete message.schema;
                        continue;
                    }
                case 5: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.zeroThreshold = value;
                        else
                            delete message.zeroThreshold;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        message.zeroCountInt = reader.uint64();
                        message.zeroCount = "zeroCountInt";
                        continue;
                    }
                case 7: {
                        if (wireType !== 1)
                            break;
                        message.zeroCountFloat = reader.double();
                        message.zeroCount = "zeroCountFloat";
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if (!(message.negativeSpans && message.negativeSpans.length))
                            message.negativeSpans = [];
                        message.negativeSpans.push($root.prometheus.BucketSpan.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 9: {
                        if (wireType === 2) {
                            if (!(message.negativeDeltas && message.negativeDeltas.length))
                                message.negativeDeltas = [];
                            reader.sint64s(message.negativeDeltas);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.negativeDeltas && message.negativeDeltas.length))
                            message.negativeDeltas = [];
                        message.negativeDeltas.push(reader.sint64());
                        continue;
                    }
                case 10: {
                        if (wireType === 2) {
                            if (!(message.negativeCounts && message.negativeCounts.length))
                                message.negativeCounts = [];
                            reader.doubles(message.negativeCounts);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.negativeCounts && message.negativeCounts.length))
                            message.negativeCounts = [];
                        message.negativeCounts.push(reader.double());
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if (!(message.positiveSpans && message.positiveSpans.length))
                            message.positiveSpans = [];
                        message.positiveSpans.push($root.prometheus.BucketSpan.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 12: {
                        if (wireType === 2) {
                            if (!(message.positiveDeltas && message.positiveDeltas.length))
                                message.positiveDeltas = [];
                            reader.sint64s(message.positiveDeltas);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.positiveDeltas && message.positiveDeltas.length))
                            message.positiveDeltas = [];
                        message.positiveDeltas.push(reader.sint64());
                        continue;
                    }
                case 13: {
                        if (wireType === 2) {
                            if (!(message.positiveCounts && message.positiveCounts.length))
                                message.positiveCounts = [];
                            reader.doubles(message.positiveCounts);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.positiveCounts && message.positiveCounts.length))
                            message.positiveCounts = [];
                        message.positiveCounts.push(reader.double());
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.resetHint = value;
                        else
                            delete message.resetHint;
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.timestamp = value;
                        else
                            delete message.timestamp;
                        continue;
                    }
                case 16: {
                        if (wireType === 2) {
                            if (!(message.customValues && message.customValues.length))
                                message.customValues = [];
                            reader.doubles(message.customValues);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.customValues && message.customValues.length))
                            message.customValues = [];
                        message.customValues.push(reader.double());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Histogram.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.Histogram)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.Histogram: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.Histogram();
            if (object.countInt != null)
                if ($util.Long)
                    message.countInt = $util.Long.fromValue(object.countInt, true);
                else if (typeof object.countInt === "string")
                    message.countInt = $parseInt(object.countInt, 10);
                else if (typeof object.countInt === "number")
                    message.countInt = object.countInt;
                else if (typeof object.countInt === "object")
                    message.countInt = new $util.LongBits(object.countInt.low >>> 0, object.countInt.high >>> 0).toNumber(true);
            if (object.countFloat != null)
                message.countFloat = $Number(object.countFloat);
            if (object.sum != null)
                if (!$Object.is($Number(object.sum), 0))
                    message.sum = $Number(object.sum);
            if (object.schema != null)
                if ($Number(object.schema) !== 0)
                    message.schema = object.schema | 0;
            if (object.zeroThreshold != null)
                if (!$Object.is($Number(object.zeroThreshold), 0))
                    message.zeroThreshold = $Number(object.zeroThreshold);
            if (object.zeroCountInt != null)
                if ($util.Long)
                    message.zeroCountInt = $util.Long.fromValue(object.zeroCountInt, true);
                else if (typeof object.zeroCountInt === "string")
                    message.zeroCountInt = $parseInt(object.zeroCountInt, 10);
                else if (typeof object.zeroCountInt === "number")
                    message.zeroCountInt = object.zeroCountInt;
                else if (typeof object.zeroCountInt === "object")
                    message.zeroCountInt = new $util.LongBits(object.zeroCountInt.low >>> 0, object.zeroCountInt.high >>> 0).toNumber(true);
            if (object.zeroCountFloat != null)
                message.zeroCountFloat = $Number(object.zeroCountFloat);
            if (object.negativeSpans) {
                if (!$Array.isArray(object.negativeSpans))
                    throw $TypeError(".prometheus.Histogram.negativeSpans: array expected");
                message.negativeSpans = $Array(object.negativeSpans.length);
                for (let i = 0; i < object.negativeSpans.length; ++i) {
                    if (!$util.isObject(object.negativeSpans[i]))
                        throw $TypeError(".prometheus.Histogram.negativeSpans: object expected");
                    message.negativeSpans[i] = $root.prometheus.BucketSpan.fromObject(object.negativeSpans[i], _depth + 1);
                }
            }
            if (object.negativeDeltas) {
                if (!$Array.isArray(object.negativeDeltas))
                    throw $TypeError(".prometheus.Histogram.negativeDeltas: array expected");
                message.negativeDeltas = $Array(object.negativeDeltas.length);
                for (let i = 0; i < object.negativeDeltas.length; ++i)
                    if ($util.Long)
                        message.negativeDeltas[i] = $util.Long.fromValue(object.negativeDeltas[i], false);
                    else if (typeof object.negativeDeltas[i] === "string")
                        message.negativeDeltas[i] = $parseInt(object.negativeDeltas[i], 10);
                    else if (typeof object.negativeDeltas[i] === "number")
                        message.negativeDeltas[i] = object.negativeDeltas[i];
                    else if (typeof object.negativeDeltas[i] === "object")
                        message.negativeDeltas[i] = new $util.LongBits(object.negativeDeltas[i].low >>> 0, object.negativeDeltas[i].high >>> 0).toNumber();
            }
            if (object.negativeCounts) {
                if (!$Array.isArray(object.negativeCounts))
                    throw $TypeError(".prometheus.Histogram.negativeCounts: array expected");
                message.negativeCounts = $Array(object.negativeCounts.length);
                for (let i = 0; i < object.negativeCounts.length; ++i)
                    message.negativeCounts[i] = $Number(object.negativeCounts[i]);
            }
            if (object.positiveSpans) {
                if (!$Array.isArray(object.positiveSpans))
                    throw $TypeError(".prometheus.Histogram.positiveSpans: array expected");
                message.positiveSpans = $Array(object.positiveSpans.length);
                for (let i = 0; i < object.positiveSpans.length; ++i) {
                    if (!$util.isObject(object.positiveSpans[i]))
                        throw $TypeError(".prometheus.Histogram.positiveSpans: object expected");
                    message.positiveSpans[i] = $root.prometheus.BucketSpan.fromObject(object.positiveSpans[i], _depth + 1);
                }
            }
            if (object.positiveDeltas) {
                if (!$Array.isArray(object.positiveDeltas))
                    throw $TypeError(".prometheus.Histogram.positiveDeltas: array expected");
                message.positiveDeltas = $Array(object.positiveDeltas.length);
                for (let i = 0; i < object.positiveDeltas.length; ++i)
                    if ($util.Long)
                        message.positiveDeltas[i] = $util.Long.fromValue(object.positiveDeltas[i], false);
                    else if (typeof object.positiveDeltas[i] === "string")
                        message.positiveDeltas[i] = $parseInt(object.positiveDeltas[i], 10);
                    else if (typeof object.positiveDeltas[i] === "number")
                        message.positiveDeltas[i] = object.positiveDeltas[i];
                    else if (typeof object.positiveDeltas[i] === "object")
                        message.positiveDeltas[i] = new $util.LongBits(object.positiveDeltas[i].low >>> 0, object.positiveDeltas[i].high >>> 0).toNumber();
            }
            if (object.positiveCounts) {
                if (!$Array.isArray(object.positiveCounts))
                    throw $TypeError(".prometheus.Histogram.positiveCounts: array expected");
                message.positiveCounts = $Array(object.positiveCounts.length);
                for (let i = 0; i < object.positiveCounts.length; ++i)
                    message.positiveCounts[i] = $Number(object.positiveCounts[i]);
            }
            if (object.resetHint !== 0 && (typeof object.resetHint !== "string" || $root.prometheus.Histogram.ResetHint[object.resetHint] !== 0))
                switch (object.resetHint) {
                case "UNKNOWN":
                case 0:
                    message.resetHint = 0;
                    break;
                case "YES":
                case 1:
                    message.resetHint = 1;
                    break;
                case "NO":
                case 2:
                    message.resetHint = 2;
                    break;
                case "GAUGE":
                case 3:
                    message.resetHint = 3;
                    break;
                default:
                    if (typeof object.resetHint === "number" && (object.resetHint | 0) === object.resetHint)
                        message.resetHint = object.resetHint;
                }
            if (object.timestamp != null)
                if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                    if ($util.Long)
                        message.timestamp = $util.Long.fromValue(object.timestamp, false);
                    else if (typeof object.timestamp === "string")
                        message.timestamp = $parseInt(object.timestamp, 10);
                    else if (typeof object.timestamp === "number")
                        message.timestamp = object.timestamp;
                    else if (typeof object.timestamp === "object")
                        message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
            if (object.customValues) {
                if (!$Array.isArray(object.customValues))
                    throw $TypeError(".prometheus.Histogram.customValues: array expected");
                message.customValues = $Array(object.customValues.length);
                for (let i = 0; i < object.customValues.length; ++i)
                    message.customValues[i] = $Number(object.customValues[i]);
            }
            return message;
        };

        Histogram.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.negativeSpans = [];
                object.negativeDeltas = [];
                object.negativeCounts = [];
                object.positiveSpans = [];
                object.positiveDeltas = [];
                object.positiveCounts = [];
                object.customValues = [];
            }
            if (options.defaults) {
                object.sum = 0;
                object.schema = 0;
                object.zeroThreshold = 0;
                object.resetHint = options.enums === $String ? "UNKNOWN" : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.countInt != null && $Object.hasOwnProperty.call(message, "countInt")) {
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.countInt = typeof message.countInt === "number" ? $BigInt(message.countInt) : $util.Long.fromBits(message.countInt.low >>> 0, message.countInt.high >>> 0, true).toBigInt();
                else if (typeof message.countInt === "number")
                    object.countInt = options.longs === $String ? $String(message.countInt) : message.countInt;
                else
                    object.countInt = options.longs === $String ? $util.Long.prototype.toString.call(message.countInt) : options.longs === $Number ? new $util.LongBits(message.countInt.low >>> 0, message.countInt.high >>> 0).toNumber(true) : message.countInt;
                if (options.oneofs)
                    object.count = "countInt";
            }
            if (message.countFloat != null && $Object.hasOwnProperty.call(message, "countFloat")) {
                object.countFloat = options.json && !$isFinite(message.countFloat) ? $String(message.countFloat) : message.countFloat;
                if (options.oneofs)
                    object.count = "countFloat";
            }
            if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                object.sum = options.json && !$isFinite(message.sum) ? $String(message.sum) : message.sum;
            if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                object.schema = message.schema;
            if (message.zeroThreshold != null && $Object.hasOwnProperty.call(message, "zeroThreshold"))
                object.zeroThreshold = options.json && !$isFinite(message.zeroThreshold) ? $String(message.zeroThreshold) : message.zeroThreshold;
            if (message.zeroCountInt != null && $Object.hasOwnProperty.call(message, "zeroCountInt")) {
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.zeroCountInt = typeof message.zeroCountInt === "number" ? $BigInt(message.zeroCountInt) : $util.Long.fromBits(message.zeroCountInt.low >>> 0, message.zeroCountInt.high >>> 0, true).toBigInt();
                else if (typeof message.zeroCountInt === "number")
                    object.zeroCountInt = options.longs === $String ? $String(message.zeroCountInt) : message.zeroCountInt;
                else
                    object.zeroCountInt = options.longs === $String ? $util.Long.prototype.toString.call(message.zeroCountInt) : options.longs === $Number ? new $util.LongBits(message.zeroCountInt.low >>> 0, message.zeroCountInt.high >>> 0).toNumber(true) : message.zeroCountInt;
                if (options.oneofs)
                    object.zeroCount = "zeroCountInt";
            }
            if (message.zeroCountFloat != null && $Object.hasOwnProperty.call(message, "zeroCountFloat")) {
                object.zeroCountFloat = options.json && !$isFinite(message.zeroCountFloat) ? $String(message.zeroCountFloat) : message.zeroCountFloat;
                if (options.oneofs)
                    object.zeroCount = "zeroCountFloat";
            }
            if (message.negativeSpans && message.negativeSpans.length) {
                object.negativeSpans = $Array(message.negativeSpans.length);
                for (let j = 0; j < message.negativeSpans.length; ++j)
                    object.negativeSpans[j] = $root.prometheus.BucketSpan.toObject(message.negativeSpans[j], options, _depth + 1);
            }
            if (message.negativeDeltas && message.negativeDeltas.length) {
                object.negativeDeltas = $Array(message.negativeDeltas.length);
                for (let j = 0; j < message.negativeDeltas.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.negativeDeltas[j] = typeof message.negativeDeltas[j] === "number" ? $BigInt(message.negativeDeltas[j]) : $util.Long.fromBits(message.negativeDeltas[j].low >>> 0, message.negativeDeltas[j].high >>> 0, false).toBigInt();
                    else if (typeof message.negativeDeltas[j] === "number")
                        object.negativeDeltas[j] = options.longs === $String ? $String(message.negativeDeltas[j]) : message.negativeDeltas[j];
                    else
                        object.negativeDeltas[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.negativeDeltas[j]) : options.longs === $Number ? new $util.LongBits(message.negativeDeltas[j].low >>> 0, message.negativeDeltas[j].high >>> 0).toNumber() : message.negativeDeltas[j];
            }
            if (message.negativeCounts && message.negativeCounts.length) {
                object.negativeCounts = $Array(message.negativeCounts.length);
                for (let j = 0; j < message.negativeCounts.length; ++j)
                    object.negativeCounts[j] = options.json && !$isFinite(message.negativeCounts[j]) ? $String(message.negativeCounts[j]) : message.negativeCounts[j];
            }
            if (message.positiveSpans && message.positiveSpans.length) {
                object.positiveSpans = $Array(message.positiveSpans.length);
                for (let j = 0; j < message.positiveSpans.length; ++j)
                    object.positiveSpans[j] = $root.prometheus.BucketSpan.toObject(message.positiveSpans[j], options, _depth + 1);
            }
            if (message.positiveDeltas && message.positiveDeltas.length) {
                object.positiveDeltas = $Array(message.positiveDeltas.length);
                for (let j = 0; j < message.positiveDeltas.length; ++j)
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.positiveDeltas[j] = typeof message.positiveDeltas[j] === "number" ? $BigInt(message.positiveDeltas[j]) : $util.Long.fromBits(message.positiveDeltas[j].low >>> 0, message.positiveDeltas[j].high >>> 0, false).toBigInt();
                    else if (typeof message.positiveDeltas[j] === "number")
                        object.positiveDeltas[j] = options.longs === $String ? $String(message.positiveDeltas[j]) : message.positiveDeltas[j];
                    else
                        object.positiveDeltas[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.positiveDeltas[j]) : options.longs === $Number ? new $util.LongBits(message.positiveDeltas[j].low >>> 0, message.positiveDeltas[j].high >>> 0).toNumber() : message.positiveDeltas[j];
            }
            if (message.positiveCounts && message.positiveCounts.length) {
                object.positiveCounts = $Array(message.positiveCounts.length);
                for (let j = 0; j < message.positiveCounts.length; ++j)
                    object.positiveCounts[j] = options.json && !$isFinite(message.positiveCounts[j]) ? $String(message.positiveCounts[j]) : message.positiveCounts[j];
            }
            if (message.resetHint != null && $Object.hasOwnProperty.call(message, "resetHint"))
                object.resetHint = options.enums === $String ? $root.prometheus.Histogram.ResetHint[message.resetHint] === $undefined ? message.resetHint : $root.prometheus.Histogram.ResetHint[message.resetHint] : message.resetHint;
            if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                else if (typeof message.timestamp === "number")
                    object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                else
                    object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
            if (message.customValues && message.customValues.length) {
                object.customValues = $Array(message.customValues.length);
                for (let j = 0; j < message.customValues.length; ++j)
                    object.customValues[j] = options.json && !$isFinite(message.customValues[j]) ? $String(message.customValues[j]) : message.customValues[j];
            }
            return object;
        };

        Histogram.prototype.toJSON = function() {
            return Histogram.toObject(this, $protobuf.util.toJSONOptions);
        };

        Histogram.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.Histogram";
        };

        Histogram.ResetHint = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "YES"] = 1;
            values[valuesById[2] = "NO"] = 2;
            values[valuesById[3] = "GAUGE"] = 3;
            return values;
        })();

        return Histogram;
    })();

    prometheus.TimeSeries = (function() {

        const TimeSeries = function (properties) {
            this.labels = [];
            this.samples = [];
            this.exemplars = [];
            this.histograms = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TimeSeries.prototype.labels = $util.emptyArray;
        TimeSeries.prototype.samples = $util.emptyArray;
        TimeSeries.prototype.exemplars = $util.emptyArray;
        TimeSeries.prototype.histograms = $util.emptyArray;

        TimeSeries.create = function(properties) {
            return new TimeSeries(properties);
        };

        TimeSeries.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labels != null && message.labels.length)
                for (let i = 0; i < message.labels.length; ++i)
                    $root.prometheus.Label.encode(message.labels[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.samples != null && message.samples.length)
                for (let i = 0; i < message.samples.length; ++i)
                    $root.prometheus.Sample.encode(message.samples[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.exemplars != null && message.exemplars.length)
                for (let i = 0; i < message.exemplars.length; ++i)
                    $root.prometheus.Exemplar.encode(message.exemplars[i], writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.histograms != null && message.histograms.length)
                for (let i = 0; i < message.histograms.length; ++i)
                    $root.prometheus.Histogram.encode(message.histograms[i], writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TimeSeries.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.TimeSeries();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.labels && message.labels.length))
                            message.labels = [];
                        message.labels.push($root.prometheus.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.samples && message.samples.length))
                            message.samples = [];
                        message.samples.push($root.prometheus.Sample.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.exemplars && message.exemplars.length))
                            message.exemplars = [];
                        message.exemplars.push($root.prometheus.Exemplar.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.histograms && message.histograms.length))
                            message.histograms = [];
                        message.histograms.push($root.prometheus.Histogram.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TimeSeries.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.TimeSeries)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.TimeSeries: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.TimeSeries();
            if (object.labels) {
                if (!$Array.isArray(object.labels))
                    throw $TypeError(".prometheus.TimeSeries.labels: array expected");
                message.labels = $Array(object.labels.length);
                for (let i = 0; i < object.labels.length; ++i) {
                    if (!$util.isObject(object.labels[i]))
                        throw $TypeError(".prometheus.TimeSeries.labels: object expected");
                    message.labels[i] = $root.prometheus.Label.fromObject(object.labels[i], _depth + 1);
                }
            }
            if (object.samples) {
                if (!$Array.isArray(object.samples))
                    throw $TypeError(".prometheus.TimeSeries.samples: array expected");
                message.samples = $Array(object.samples.length);
                for (let i = 0; i < object.samples.length; ++i) {
                    if (!$util.isObject(object.samples[i]))
                        throw $TypeError(".prometheus.TimeSeries.samples: object expected");
                    message.samples[i] = $root.prometheus.Sample.fromObject(object.samples[i], _depth + 1);
                }
            }
            if (object.exemplars) {
                if (!$Array.isArray(object.exemplars))
                    throw $TypeError(".prometheus.TimeSeries.exemplars: array expected");
                message.exemplars = $Array(object.exemplars.length);
                for (let i = 0; i < object.exemplars.length; ++i) {
                    if (!$util.isObject(object.exemplars[i]))
                        throw $TypeError(".prometheus.TimeSeries.exemplars: object expected");
                    message.exemplars[i] = $root.prometheus.Exemplar.fromObject(object.exemplars[i], _depth + 1);
                }
            }
            if (object.histograms) {
                if (!$Array.isArray(object.histograms))
                    throw $TypeError(".prometheus.TimeSeries.histograms: array expected");
                message.histograms = $Array(object.histograms.length);
                for (let i = 0; i < object.histograms.length; ++i) {
                    if (!$util.isObject(object.histograms[i]))
                        throw $TypeError(".prometheus.TimeSeries.histograms: object expected");
                    message.histograms[i] = $root.prometheus.Histogram.fromObject(object.histograms[i], _depth + 1);
                }
            }
            return message;
        };

        TimeSeries.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.labels = [];
                object.samples = [];
                object.exemplars = [];
                object.histograms = [];
            }
            if (message.labels && message.labels.length) {
                object.labels = $Array(message.labels.length);
                for (let j = 0; j < message.labels.length; ++j)
                    object.labels[j] = $root.prometheus.Label.toObject(message.labels[j], options, _depth + 1);
            }
            if (message.samples && message.samples.length) {
                object.samples = $Array(message.samples.length);
                for (let j = 0; j < message.samples.length; ++j)
                    object.samples[j] = $root.prometheus.Sample.toObject(message.samples[j], options, _depth + 1);
            }
            if (message.exemplars && message.exemplars.length) {
                object.exemplars = $Array(message.exemplars.length);
                for (let j = 0; j < message.exemplars.length; ++j)
                    object.exemplars[j] = $root.prometheus.Exemplar.toObject(message.exemplars[j], options, _depth + 1);
            }
            if (message.histograms && message.histograms.length) {
                object.histograms = $Array(message.histograms.length);
                for (let j = 0; j < message.histograms.length; ++j)
                    object.histograms[j] = $root.prometheus.Histogram.toObject(message.histograms[j], options, _depth + 1);
            }
            return object;
        };

        TimeSeries.prototype.toJSON = function() {
            return TimeSeries.toObject(this, $protobuf.util.toJSONOptions);
        };

        TimeSeries.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.TimeSeries";
        };

        return TimeSeries;
    })();

    prometheus.Label = (function() {

        const Label = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Label.prototype.name = "";
        Label.prototype.value = "";

        Label.create = function(properties) {
            return new Label(properties);
        };

        Label.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(10).string(message.name);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                writer.uint32(18).string(message.value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Label.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.prometheus.Label();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Label.fromObject = function (object, _depth) {
            if (object instanceof $root.prometheus.Label)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".prometheus.Label: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.prometheus.Label();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.value != null)
                if (typeof object.value !== "string" || object.value.length)
                    message.value = $String(object.value);
            return message;
        };

        Label.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.name = "";
                object.value = "";
            }
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = message.value;
            return object;
        };

        Label.prototype.toJSON = function() {
            return Label.toObject(this, $protobuf.util.toJSONOptions);
        };

        Label.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/prometheus.Label";
        };

        return Label;
    })();

    return prometheus;
})();

export const opentelemetry = $root.opentelemetry = (() => {

    const opentelemetry = {};

    opentelemetry.proto = (function() {

        const proto = {};

        proto.common = (function() {

            const common = {};

            common.v1 = (function() {

                const v1 = {};

                v1.AnyValue = (function() {

                    const AnyValue = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    AnyValue.prototype.stringValue = null;
                    AnyValue.prototype.boolValue = null;
                    AnyValue.prototype.intValue = null;
                    AnyValue.prototype.doubleValue = null;
                    AnyValue.prototype.arrayValue = null;
                    AnyValue.prototype.kvlistValue = null;
                    AnyValue.prototype.bytesValue = null;

                    let $oneOfFields;

                    $Object.defineProperty(AnyValue.prototype, "value", {
                        get: $util.oneOfGetter($oneOfFields = ["stringValue", "boolValue", "intValue", "doubleValue", "arrayValue", "kvlistValue", "bytesValue"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    AnyValue.create = function(properties) {
                        return new AnyValue(properties);
                    };

                    AnyValue.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue"))
                            writer.uint32(10).string(message.stringValue);
                        if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue"))
                            writer.uint32(16).bool(message.boolValue);
                        if (message.intValue != null && $Object.hasOwnProperty.call(message, "intValue"))
                            writer.uint32(24).int64(message.intValue);
                        if (message.doubleValue != null && $Object.hasOwnProperty.call(message, "doubleValue"))
                            writer.uint32(33).double(message.doubleValue);
                        if (message.arrayValue != null && $Object.hasOwnProperty.call(message, "arrayValue"))
                            $root.opentelemetry.proto.common.v1.ArrayValue.encode(message.arrayValue, writer.uint32(42).fork(), _depth + 1).ldelim();
                        if (message.kvlistValue != null && $Object.hasOwnProperty.call(message, "kvlistValue"))
                            $root.opentelemetry.proto.common.v1.KeyValueList.encode(message.kvlistValue, writer.uint32(50).fork(), _depth + 1).ldelim();
                        if (message.bytesValue != null && $Object.hasOwnProperty.call(message, "bytesValue"))
                            writer.uint32(58).bytes(message.bytesValue);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    AnyValue.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.common.v1.AnyValue();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.stringValue = reader.stringVerify();
                                    message.value = "stringValue";
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    message.boolValue = reader.bool();
                                    message.value = "boolValue";
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    message.intValue = reader.int64();
                                    message.value = "intValue";
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 1)
                                        break;
                                    message.doubleValue = reader.double();
                                    message.value = "doubleValue";
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    message.arrayValue = $root.opentelemetry.proto.common.v1.ArrayValue.decode(reader, reader.size(), $undefined, _depth + 1, message.arrayValue);
                                    message.value = "arrayValue";
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    message.kvlistValue = $root.opentelemetry.proto.common.v1.KeyValueList.decode(reader, reader.size(), $undefined, _depth + 1, message.kvlistValue);
                                    message.value = "kvlistValue";
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    message.bytesValue = reader.bytes();
                                    message.value = "bytesValue";
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    AnyValue.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.common.v1.AnyValue)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.common.v1.AnyValue: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.common.v1.AnyValue();
                        if (object.stringValue != null)
                            message.stringValue = $String(object.stringValue);
                        if (object.boolValue != null)
                            message.boolValue = $Boolean(object.boolValue);
                        if (object.intValue != null)
                            if ($util.Long)
                                message.intValue = $util.Long.fromValue(object.intValue, false);
                            else if (typeof object.intValue === "string")
                                message.intValue = $parseInt(object.intValue, 10);
                            else if (typeof object.intValue === "number")
                                message.intValue = object.intValue;
                            else if (typeof object.intValue === "object")
                                message.intValue = new $util.LongBits(object.intValue.low >>> 0, object.intValue.high >>> 0).toNumber();
                        if (object.doubleValue != null)
                            message.doubleValue = $Number(object.doubleValue);
                        if (object.arrayValue != null) {
                            if (!$util.isObject(object.arrayValue))
                                throw $TypeError(".opentelemetry.proto.common.v1.AnyValue.arrayValue: object expected");
                            message.arrayValue = $root.opentelemetry.proto.common.v1.ArrayValue.fromObject(object.arrayValue, _depth + 1);
                        }
                        if (object.kvlistValue != null) {
                            if (!$util.isObject(object.kvlistValue))
                                throw $TypeError(".opentelemetry.proto.common.v1.AnyValue.kvlistValue: object expected");
                            message.kvlistValue = $root.opentelemetry.proto.common.v1.KeyValueList.fromObject(object.kvlistValue, _depth + 1);
                        }
                        if (object.bytesValue != null)
                            if (typeof object.bytesValue === "string")
                                $util.base64.decode(object.bytesValue, message.bytesValue = $util.newBuffer($util.base64.length(object.bytesValue)), 0);
                            else if (object.bytesValue.length >= 0)
                                message.bytesValue = object.bytesValue;
                        return message;
                    };

                    AnyValue.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue")) {
                            object.stringValue = message.stringValue;
                            if (options.oneofs)
                                object.value = "stringValue";
                        }
                        if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue")) {
                            object.boolValue = message.boolValue;
                            if (options.oneofs)
                                object.value = "boolValue";
                        }
                        if (message.intValue != null && $Object.hasOwnProperty.call(message, "intValue")) {
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.intValue = typeof message.intValue === "number" ? $BigInt(message.intValue) : $util.Long.fromBits(message.intValue.low >>> 0, message.intValue.high >>> 0, false).toBigInt();
                            else if (typeof message.intValue === "number")
                                object.intValue = options.longs === $String ? $String(message.intValue) : message.intValue;
                            else
                                object.intValue = options.longs === $String ? $util.Long.prototype.toString.call(message.intValue) : options.longs === $Number ? new $util.LongBits(message.intValue.low >>> 0, message.intValue.high >>> 0).toNumber() : message.intValue;
                            if (options.oneofs)
                                object.value = "intValue";
                        }
                        if (message.doubleValue != null && $Object.hasOwnProperty.call(message, "doubleValue")) {
                            object.doubleValue = options.json && !$isFinite(message.doubleValue) ? $String(message.doubleValue) : message.doubleValue;
                            if (options.oneofs)
                                object.value = "doubleValue";
                        }
                        if (message.arrayValue != null && $Object.hasOwnProperty.call(message, "arrayValue")) {
                            object.arrayValue = $root.opentelemetry.proto.common.v1.ArrayValue.toObject(message.arrayValue, options, _depth + 1);
                            if (options.oneofs)
                                object.value = "arrayValue";
                        }
                        if (message.kvlistValue != null && $Object.hasOwnProperty.call(message, "kvlistValue")) {
                            object.kvlistValue = $root.opentelemetry.proto.common.v1.KeyValueList.toObject(message.kvlistValue, options, _depth + 1);
                            if (options.oneofs)
                                object.value = "kvlistValue";
                        }
                        if (message.bytesValue != null && $Object.hasOwnProperty.call(message, "bytesValue")) {
                            object.bytesValue = options.bytes === $String ? $util.base64.encode(message.bytesValue, 0, message.bytesValue.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.bytesValue) : message.bytesValue;
                            if (options.oneofs)
                                object.value = "bytesValue";
                        }
                        return object;
                    };

                    AnyValue.prototype.toJSON = function() {
                        return AnyValue.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    AnyValue.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.AnyValue";
                    };

                    return AnyValue;
                })();

                v1.ArrayValue = (function() {

                    const ArrayValue = function (properties) {
                        this.values = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ArrayValue.prototype.values = $util.emptyArray;

                    ArrayValue.create = function(properties) {
                        return new ArrayValue(properties);
                    };

                    ArrayValue.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.values != null && message.values.length)
                            for (let i = 0; i < message.values.length; ++i)
                                $root.opentelemetry.proto.common.v1.AnyValue.encode(message.values[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ArrayValue.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.common.v1.ArrayValue();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.values && message.values.length))
                                        message.values = [];
                                    message.values.push($root.opentelemetry.proto.common.v1.AnyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    ArrayValue.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.common.v1.ArrayValue)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.common.v1.ArrayValue: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.common.v1.ArrayValue();
                        if (object.values) {
                            if (!$Array.isArray(object.values))
                                throw $TypeError(".opentelemetry.proto.common.v1.ArrayValue.values: array expected");
                            message.values = $Array(object.values.length);
                            for (let i = 0; i < object.values.length; ++i) {
                                if (!$util.isObject(object.values[i]))
                                    throw $TypeError(".opentelemetry.proto.common.v1.ArrayValue.values: object expected");
                                message.values[i] = $root.opentelemetry.proto.common.v1.AnyValue.fromObject(object.values[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    ArrayValue.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.values = [];
                        if (message.values && message.values.length) {
                            object.values = $Array(message.values.length);
                            for (let j = 0; j < message.values.length; ++j)
                                object.values[j] = $root.opentelemetry.proto.common.v1.AnyValue.toObject(message.values[j], options, _depth + 1);
                        }
                        return object;
                    };

                    ArrayValue.prototype.toJSON = function() {
                        return ArrayValue.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    ArrayValue.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.ArrayValue";
                    };

                    return ArrayValue;
                })();

                v1.KeyValueList = (function() {

                    const KeyValueList = function (properties) {
                        this.values = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    KeyValueList.prototype.values = $util.emptyArray;

                    KeyValueList.create = function(properties) {
                        return new KeyValueList(properties);
                    };

                    KeyValueList.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.values != null && message.values.length)
                            for (let i = 0; i < message.values.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.values[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    KeyValueList.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.common.v1.KeyValueList();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.values && message.values.length))
                                        message.values = [];
                                    message.values.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    KeyValueList.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.common.v1.KeyValueList)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.common.v1.KeyValueList: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.common.v1.KeyValueList();
                        if (object.values) {
                            if (!$Array.isArray(object.values))
                                throw $TypeError(".opentelemetry.proto.common.v1.KeyValueList.values: array expected");
                            message.values = $Array(object.values.length);
                            for (let i = 0; i < object.values.length; ++i) {
                                if (!$util.isObject(object.values[i]))
                                    throw $TypeError(".opentelemetry.proto.common.v1.KeyValueList.values: object expected");
                                message.values[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.values[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    KeyValueList.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.values = [];
                        if (message.values && message.values.length) {
                            object.values = $Array(message.values.length);
                            for (let j = 0; j < message.values.length; ++j)
                                object.values[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.values[j], options, _depth + 1);
                        }
                        return object;
                    };

                    KeyValueList.prototype.toJSON = function() {
                        return KeyValueList.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    KeyValueList.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.KeyValueList";
                    };

                    return KeyValueList;
                })();

                v1.KeyValue = (function() {

                    const KeyValue = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    KeyValue.prototype.key = "";
                    KeyValue.prototype.value = null;

                    KeyValue.create = function(properties) {
                        return new KeyValue(properties);
                    };

                    KeyValue.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                            writer.uint32(10).string(message.key);
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                            $root.opentelemetry.proto.common.v1.AnyValue.encode(message.value, writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    KeyValue.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.common.v1.KeyValue();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.key = value;
                                    else
                                        delete message.key;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.value = $root.opentelemetry.proto.common.v1.AnyValue.decode(reader, reader.size(), $undefined, _depth + 1, message.value);
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    KeyValue.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.common.v1.KeyValue)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.common.v1.KeyValue: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.common.v1.KeyValue();
                        if (object.key != null)
                            if (typeof object.key !== "string" || object.key.length)
                                message.key = $String(object.key);
                        if (object.value != null) {
                            if (!$util.isObject(object.value))
                                throw $TypeError(".opentelemetry.proto.common.v1.KeyValue.value: object expected");
                            message.value = $root.opentelemetry.proto.common.v1.AnyValue.fromObject(object.value, _depth + 1);
                        }
                        return message;
                    };

                    KeyValue.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.key = "";
                            object.value = null;
                        }
                        if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                            object.key = message.key;
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                            object.value = $root.opentelemetry.proto.common.v1.AnyValue.toObject(message.value, options, _depth + 1);
                        return object;
                    };

                    KeyValue.prototype.toJSON = function() {
                        return KeyValue.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    KeyValue.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.KeyValue";
                    };

                    return KeyValue;
                })();

                v1.InstrumentationScope = (function() {

                    const InstrumentationScope = function (properties) {
                        this.attributes = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    InstrumentationScope.prototype.name = "";
                    InstrumentationScope.prototype.version = "";
                    InstrumentationScope.prototype.attributes = $util.emptyArray;
                    InstrumentationScope.prototype.droppedAttributesCount = 0;

                    InstrumentationScope.create = function(properties) {
                        return new InstrumentationScope(properties);
                    };

                    InstrumentationScope.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(10).string(message.name);
                        if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                            writer.uint32(18).string(message.version);
                        if (message.attributes != null && message.attributes.length)
                            for (let i = 0; i < message.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.attributes[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                        if (message.droppedAttributesCount != null && $Object.hasOwnProperty.call(message, "droppedAttributesCount") && message.droppedAttributesCount !== 0)
                            writer.uint32(32).uint32(message.droppedAttributesCount);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    InstrumentationScope.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.common.v1.InstrumentationScope();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.name = value;
                                    else
                                        delete message.name;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.version = value;
                                    else
                                        delete message.version;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.attributes && message.attributes.length))
                                        message.attributes = [];
                                    message.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.droppedAttributesCount = value;
                                    else
                                        delete message.droppedAttributesCount;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    InstrumentationScope.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.common.v1.InstrumentationScope)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.common.v1.InstrumentationScope: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.common.v1.InstrumentationScope();
                        if (object.name != null)
                            if (typeof object.name !== "string" || object.name.length)
                                message.name = $String(object.name);
                        if (object.version != null)
                            if (typeof object.version !== "string" || object.version.length)
                                message.version = $String(object.version);
                        if (object.attributes) {
                            if (!$Array.isArray(object.attributes))
                                throw $TypeError(".opentelemetry.proto.common.v1.InstrumentationScope.attributes: array expected");
                            message.attributes = $Array(object.attributes.length);
                            for (let i = 0; i < object.attributes.length; ++i) {
                                if (!$util.isObject(object.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.common.v1.InstrumentationScope.attributes: object expected");
                                message.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
                            }
                        }
                        if (object.droppedAttributesCount != null)
                            if ($Number(object.droppedAttributesCount) !== 0)
                                message.droppedAttributesCount = object.droppedAttributesCount >>> 0;
                        return message;
                    };

                    InstrumentationScope.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.attributes = [];
                        if (options.defaults) {
                            object.name = "";
                            object.version = "";
                            object.droppedAttributesCount = 0;
                        }
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            object.name = message.name;
                        if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                            object.version = message.version;
                        if (message.attributes && message.attributes.length) {
                            object.attributes = $Array(message.attributes.length);
                            for (let j = 0; j < message.attributes.length; ++j)
                                object.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
                        }
                        if (message.droppedAttributesCount != null && $Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                            object.droppedAttributesCount = message.droppedAttributesCount;
                        return object;
                    };

                    InstrumentationScope.prototype.toJSON = function() {
                        return InstrumentationScope.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    InstrumentationScope.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.common.v1.InstrumentationScope";
                    };

                    return InstrumentationScope;
                })();

                return v1;
            })();

            return common;
        })();

        proto.metrics = (function() {

            const metrics = {};

            metrics.v1 = (function() {

                const v1 = {};

                v1.MetricsData = (function() {

                    const MetricsData = function (properties) {
                        this.resourceMetrics = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    MetricsData.prototype.resourceMetrics = $util.emptyArray;

                    MetricsData.create = function(properties) {
                        return new MetricsData(properties);
                    };

                    MetricsData.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.resourceMetrics != null && message.resourceMetrics.length)
                            for (let i = 0; i < message.resourceMetrics.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.ResourceMetrics.encode(message.resourceMetrics[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    MetricsData.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.metrics.v1.MetricsData();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.resourceMetrics && message.resourceMetrics.length))
                                        message.resourceMetrics = [];
                                    message.resourceMetrics.push($root.opentelemetry.proto.metrics.v1.ResourceMetrics.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    MetricsData.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.metrics.v1.MetricsData)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.MetricsData: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.metrics.v1.MetricsData();
                        if (object.resourceMetrics) {
                            if (!$Array.isArray(object.resourceMetrics))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.MetricsData.resourceMetrics: array expected");
                            message.resourceMetrics = $Array(object.resourceMetrics.length);
                            for (let i = 0; i < object.resourceMetrics.length; ++i) {
                                if (!$util.isObject(object.resourceMetrics[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.MetricsData.resourceMetrics: object expected");
                                message.resourceMetrics[i] = $root.opentelemetry.proto.metrics.v1.ResourceMetrics.fromObject(object.resourceMetrics[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    MetricsData.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.resourceMetrics = [];
                        if (message.resourceMetrics && message.resourceMetrics.length) {
                            object.resourceMetrics = $Array(message.resourceMetrics.length);
                            for (let j = 0; j < message.resourceMetrics.length; ++j)
                                object.resourceMetrics[j] = $root.opentelemetry.proto.metrics.v1.ResourceMetrics.toObject(message.resourceMetrics[j], options, _depth + 1);
                        }
                        return object;
                    };

                    MetricsData.prototype.toJSON = function() {
                        return MetricsData.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    MetricsData.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.MetricsData";
                    };

                    return MetricsData;
                })();

                v1.ResourceMetrics = (function() {

                    const ResourceMetrics = function (properties) {
                        this.scopeMetrics = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ResourceMetrics.prototype.resource = null;
                    ResourceMetrics.prototype.scopeMetrics = $util.emptyArray;
                    ResourceMetrics.prototype.schemaUrl = "";

                    ResourceMetrics.create = function(properties) {
                        return new ResourceMetrics(properties);
                    };

                    ResourceMetrics.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.resource != null && $Object.hasOwnProperty.call(message, "resource"))
                            $root.opentelemetry.proto.resource.v1.Resource.encode(message.resource, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.scopeMetrics != null && message.scopeMetrics.length)
                            for (let i = 0; i < message.scopeMetrics.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.ScopeMetrics.encode(message.scopeMetrics[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.schemaUrl != null && $Object.hasOwnProperty.call(message, "schemaUrl") && message.schemaUrl !== "")
                            writer.uint32(26).string(message.schemaUrl);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ResourceMetrics.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.metrics.v1.ResourceMetrics();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.resource = $root.opentelemetry.proto.resource.v1.Resource.decode(reader, reader.size(), $undefined, _depth + 1, message.resource);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.scopeMetrics && message.scopeMetrics.length))
                                        message.scopeMetrics = [];
                                    message.scopeMetrics.push($root.opentelemetry.proto.metrics.v1.ScopeMetrics.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.schemaUrl = value;
                                    else
                                        delete message.schemaUrl;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    ResourceMetrics.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.metrics.v1.ResourceMetrics)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.ResourceMetrics: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.metrics.v1.ResourceMetrics();
                        if (object.resource != null) {
                            if (!$util.isObject(object.resource))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ResourceMetrics.resource: object expected");
                            message.resource = $root.opentelemetry.proto.resource.v1.Resource.fromObject(object.resource, _depth + 1);
                        }
                        if (object.scopeMetrics) {
                            if (!$Array.isArray(object.scopeMetrics))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ResourceMetrics.scopeMetrics: array expected");
                            message.scopeMetrics = $Array(object.scopeMetrics.length);
                            for (let i = 0; i < object.scopeMetrics.length; ++i) {
                                if (!$util.isObject(object.scopeMetrics[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.ResourceMetrics.scopeMetrics: object expected");
                                message.scopeMetrics[i] = $root.opentelemetry.proto.metrics.v1.ScopeMetrics.fromObject(object.scopeMetrics[i], _depth + 1);
                            }
                        }
                        if (object.schemaUrl != null)
                            if (typeof object.schemaUrl !== "string" || object.schemaUrl.length)
                                message.schemaUrl = $String(object.schemaUrl);
                        return message;
                    };

                    ResourceMetrics.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.scopeMetrics = [];
                        if (options.defaults) {
                            object.resource = null;
                            object.schemaUrl = "";
                        }
                        if (message.resource != null && $Object.hasOwnProperty.call(message, "resource"))
                            object.resource = $root.opentelemetry.proto.resource.v1.Resource.toObject(message.resource, options, _depth + 1);
                        if (message.scopeMetrics && message.scopeMetrics.length) {
                            object.scopeMetrics = $Array(message.scopeMetrics.length);
                            for (let j = 0; j < message.scopeMetrics.length; ++j)
                                object.scopeMetrics[j] = $root.opentelemetry.proto.metrics.v1.ScopeMetrics.toObject(message.scopeMetrics[j], options, _depth + 1);
                        }
                        if (message.schemaUrl != null && $Object.hasOwnProperty.call(message, "schemaUrl"))
                            object.schemaUrl = message.schemaUrl;
                        return object;
                    };

                    ResourceMetrics.prototype.toJSON = function() {
                        return ResourceMetrics.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    ResourceMetrics.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.ResourceMetrics";
                    };

                    return ResourceMetrics;
                })();

                v1.ScopeMetrics = (function() {

                    const ScopeMetrics = function (properties) {
                        this.metrics = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ScopeMetrics.prototype.scope = null;
                    ScopeMetrics.prototype.metrics = $util.emptyArray;
                    ScopeMetrics.prototype.schemaUrl = "";

                    ScopeMetrics.create = function(properties) {
                        return new ScopeMetrics(properties);
                    };

                    ScopeMetrics.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.scope != null && $Object.hasOwnProperty.call(message, "scope"))
                            $root.opentelemetry.proto.common.v1.InstrumentationScope.encode(message.scope, writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.metrics != null && message.metrics.length)
                            for (let i = 0; i < message.metrics.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.Metric.encode(message.metrics[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.schemaUrl != null && $Object.hasOwnProperty.call(message, "schemaUrl") && message.schemaUrl !== "")
                            writer.uint32(26).string(message.schemaUrl);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ScopeMetrics.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.metrics.v1.ScopeMetrics();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    message.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.decode(reader, reader.size(), $undefined, _depth + 1, message.scope);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.metrics && message.metrics.length))
                                        message.metrics = [];
                                    message.metrics.push($root.opentelemetry.proto.metrics.v1.Metric.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.schemaUrl = value;
                                    else
                                        delete message.schemaUrl;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    ScopeMetrics.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.metrics.v1.ScopeMetrics)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.ScopeMetrics: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.metrics.v1.ScopeMetrics();
                        if (object.scope != null) {
                            if (!$util.isObject(object.scope))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ScopeMetrics.scope: object expected");
                            message.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.fromObject(object.scope, _depth + 1);
                        }
                        if (object.metrics) {
                            if (!$Array.isArray(object.metrics))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ScopeMetrics.metrics: array expected");
                            message.metrics = $Array(object.metrics.length);
                            for (let i = 0; i < object.metrics.length; ++i) {
                                if (!$util.isObject(object.metrics[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.ScopeMetrics.metrics: object expected");
                                message.metrics[i] = $root.opentelemetry.proto.metrics.v1.Metric.fromObject(object.metrics[i], _depth + 1);
                            }
                        }
                        if (object.schemaUrl != null)
                            if (typeof object.schemaUrl !== "string" || object.schemaUrl.length)
                                message.schemaUrl = $String(object.schemaUrl);
                        return message;
                    };

                    ScopeMetrics.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.metrics = [];
                        if (options.defaults) {
                            object.scope = null;
                            object.schemaUrl = "";
                        }
                        if (message.scope != null && $Object.hasOwnProperty.call(message, "scope"))
                            object.scope = $root.opentelemetry.proto.common.v1.InstrumentationScope.toObject(message.scope, options, _depth + 1);
                        if (message.metrics && message.metrics.length) {
                            object.metrics = $Array(message.metrics.length);
                            for (let j = 0; j < message.metrics.length; ++j)
                                object.metrics[j] = $root.opentelemetry.proto.metrics.v1.Metric.toObject(message.metrics[j], options, _depth + 1);
                        }
                        if (message.schemaUrl != null && $Object.hasOwnProperty.call(message, "schemaUrl"))
                            object.schemaUrl = message.schemaUrl;
                        return object;
                    };

                    ScopeMetrics.prototype.toJSON = function() {
                        return ScopeMetrics.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    ScopeMetrics.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.ScopeMetrics";
                    };

                    return ScopeMetrics;
                })();

                v1.Metric = (function() {

                    const Metric = function (properties) {
                        this.metadata = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Metric.prototype.name = "";
                    Metric.prototype.description = "";
                    Metric.prototype.unit = "";
                    Metric.prototype.gauge = null;
                    Metric.prototype.sum = null;
                    Metric.prototype.histogram = null;
                    Metric.prototype.exponentialHistogram = null;
                    Metric.prototype.summary = null;
                    Metric.prototype.metadata = $util.emptyArray;

                    let $oneOfFields;

                    $Object.defineProperty(Metric.prototype, "data", {
                        get: $util.oneOfGetter($oneOfFields = ["gauge", "sum", "histogram", "exponentialHistogram", "summary"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    Metric.create = function(properties) {
                        return new Metric(properties);
                    };

                    Metric.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                            writer.uint32(10).string(message.name);
                        if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                            writer.uint32(18).string(message.description);
                        if (message.unit != null && $Object.hasOwnProperty.call(message, "unit") && message.unit !== "")
                            writer.uint32(26).string(message.unit);
                        if (message.gauge != null && $Object.hasOwnProperty.call(message, "gauge"))
                            $root.opentelemetry.proto.metrics.v1.Gauge.encode(message.gauge, writer.uint32(42).fork(), _depth + 1).ldelim();
                        if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                            $root.opentelemetry.proto.metrics.v1.Sum.encode(message.sum, writer.uint32(58).fork(), _depth + 1).ldelim();
                        if (message.histogram != null && $Object.hasOwnProperty.call(message, "histogram"))
                            $root.opentelemetry.proto.metrics.v1.Histogram.encode(message.histogram, writer.uint32(74).fork(), _depth + 1).ldelim();
                        if (message.exponentialHistogram != null && $Object.hasOwnProperty.call(message, "exponentialHistogram"))
                            $root.opentelemetry.proto.metrics.v1.ExponentialHistogram.encode(message.exponentialHistogram, writer.uint32(82).fork(), _depth + 1).ldelim();
                        if (message.summary != null && $Object.hasOwnProperty.call(message, "summary"))
                            $root.opentelemetry.proto.metrics.v1.Summary.encode(message.summary, writer.uint32(90).fork(), _depth + 1).ldelim();
                        if (message.metadata != null && message.metadata.length)
                            for (let i = 0; i < message.metadata.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.metadata[i], writer.uint32(98).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Metric.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.metrics.v1.Metric();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.name = value;
                                    else
                                        delete message.name;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.description = value;
                                    else
                                        delete message.description;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.stringVerify()).length)
                                        message.unit = value;
                                    else
                                        delete message.unit;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    message.gauge = $root.opentelemetry.proto.metrics.v1.Gauge.decode(reader, reader.size(), $undefined, _depth + 1, message.gauge);
                                    message.data = "gauge";
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    message.sum = $root.opentelemetry.proto.metrics.v1.Sum.decode(reader, reader.size(), $undefined, _depth + 1, message.sum);
                                    message.data = "sum";
                                    continue;
                                }
                            case 9: {
                                    if (wireType !== 2)
                                        break;
                                    message.histogram = $root.opentelemetry.proto.metrics.v1.Histogram.decode(reader, reader.size(), $undefined, _depth + 1, message.histogram);
                                    message.data = "histogram";
                                    continue;
                                }
                            case 10: {
                                    if (wireType !== 2)
                                        break;
                                    message.exponentialHistogram = $root.opentelemetry.proto.metrics.v1.ExponentialHistogram.decode(reader, reader.size(), $undefined, _depth + 1, message.exponentialHistogram);
                                    message.data = "exponentialHistogram";
                                    continue;
                                }
                            case 11: {
                                    if (wireType !== 2)
                                        break;
                                    message.summary = $root.opentelemetry.proto.metrics.v1.Summary.decode(reader, reader.size(), $undefined, _depth + 1, message.summary);
                                    message.data = "summary";
                                    continue;
                                }
                            case 12: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.metadata && message.metadata.length))
                                        message.metadata = [];
                                    message.metadata.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Metric.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.metrics.v1.Metric)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.Metric: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.metrics.v1.Metric();
                        if (object.name != null)
                            if (typeof object.name !== "string" || object.name.length)
                                message.name = $String(object.name);
                        if (object.description != null)
                            if (typeof object.description !== "string" || object.description.length)
                                message.description = $String(object.description);
                        if (object.unit != null)
                            if (typeof object.unit !== "string" || object.unit.length)
                                message.unit = $String(object.unit);
                        if (object.gauge != null) {
                            if (!$util.isObject(object.gauge))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Metric.gauge: object expected");
                            message.gauge = $root.opentelemetry.proto.metrics.v1.Gauge.fromObject(object.gauge, _depth + 1);
                        }
                        if (object.sum != null) {
                            if (!$util.isObject(object.sum))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Metric.sum: object expected");
                            message.sum = $root.opentelemetry.proto.metrics.v1.Sum.fromObject(object.sum, _depth + 1);
                        }
                        if (object.histogram != null) {
                            if (!$util.isObject(object.histogram))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Metric.histogram: object expected");
                            message.histogram = $root.opentelemetry.proto.metrics.v1.Histogram.fromObject(object.histogram, _depth + 1);
                        }
                        if (object.exponentialHistogram != null) {
                            if (!$util.isObject(object.exponentialHistogram))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Metric.exponentialHistogram: object expected");
                            message.exponentialHistogram = $root.opentelemetry.proto.metrics.v1.ExponentialHistogram.fromObject(object.exponentialHistogram, _depth + 1);
                        }
                        if (object.summary != null) {
                            if (!$util.isObject(object.summary))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Metric.summary: object expected");
                            message.summary = $root.opentelemetry.proto.metrics.v1.Summary.fromObject(object.summary, _depth + 1);
                        }
                        if (object.metadata) {
                            if (!$Array.isArray(object.metadata))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Metric.metadata: array expected");
                            message.metadata = $Array(object.metadata.length);
                            for (let i = 0; i < object.metadata.length; ++i) {
                                if (!$util.isObject(object.metadata[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.Metric.metadata: object expected");
                                message.metadata[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.metadata[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    Metric.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.metadata = [];
                        if (options.defaults) {
                            object.name = "";
                            object.description = "";
                            object.unit = "";
                        }
                        if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                            object.name = message.name;
                        if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                            object.description = message.description;
                        if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                            object.unit = message.unit;
                        if (message.gauge != null && $Object.hasOwnProperty.call(message, "gauge")) {
                            object.gauge = $root.opentelemetry.proto.metrics.v1.Gauge.toObject(message.gauge, options, _depth + 1);
                            if (options.oneofs)
                                object.data = "gauge";
                        }
                        if (message.sum != null && $Object.hasOwnProperty.call(message, "sum")) {
                            object.sum = $root.opentelemetry.proto.metrics.v1.Sum.toObject(message.sum, options, _depth + 1);
                            if (options.oneofs)
                                object.data = "sum";
                        }
                        if (message.histogram != null && $Object.hasOwnProperty.call(message, "histogram")) {
                            object.histogram = $root.opentelemetry.proto.metrics.v1.Histogram.toObject(message.histogram, options, _depth + 1);
                            if (options.oneofs)
                                object.data = "histogram";
                        }
                        if (message.exponentialHistogram != null && $Object.hasOwnProperty.call(message, "exponentialHistogram")) {
                            object.exponentialHistogram = $root.opentelemetry.proto.metrics.v1.ExponentialHistogram.toObject(message.exponentialHistogram, options, _depth + 1);
                            if (options.oneofs)
                                object.data = "exponentialHistogram";
                        }
                        if (message.summary != null && $Object.hasOwnProperty.call(message, "summary")) {
                            object.summary = $root.opentelemetry.proto.metrics.v1.Summary.toObject(message.summary, options, _depth + 1);
                            if (options.oneofs)
                                object.data = "summary";
                        }
                        if (message.metadata && message.metadata.length) {
                            object.metadata = $Array(message.metadata.length);
                            for (let j = 0; j < message.metadata.length; ++j)
                                object.metadata[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.metadata[j], options, _depth + 1);
                        }
                        return object;
                    };

                    Metric.prototype.toJSON = function() {
                        return Metric.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Metric.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.Metric";
                    };

                    return Metric;
                })();

                v1.Gauge = (function() {

                    const Gauge = function (properties) {
                        this.dataPoints = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Gauge.prototype.dataPoints = $util.emptyArray;

                    Gauge.create = function(properties) {
                        return new Gauge(properties);
                    };

                    Gauge.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.dataPoints != null && message.dataPoints.length)
                            for (let i = 0; i < message.dataPoints.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.NumberDataPoint.encode(message.dataPoints[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Gauge.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.metrics.v1.Gauge();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.dataPoints && message.dataPoints.length))
                                        message.dataPoints = [];
                                    message.dataPoints.push($root.opentelemetry.proto.metrics.v1.NumberDataPoint.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Gauge.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.metrics.v1.Gauge)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.Gauge: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.metrics.v1.Gauge();
                        if (object.dataPoints) {
                            if (!$Array.isArray(object.dataPoints))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Gauge.dataPoints: array expected");
                            message.dataPoints = $Array(object.dataPoints.length);
                            for (let i = 0; i < object.dataPoints.length; ++i) {
                                if (!$util.isObject(object.dataPoints[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.Gauge.dataPoints: object expected");
                                message.dataPoints[i] = $root.opentelemetry.proto.metrics.v1.NumberDataPoint.fromObject(object.dataPoints[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    Gauge.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.dataPoints = [];
                        if (message.dataPoints && message.dataPoints.length) {
                            object.dataPoints = $Array(message.dataPoints.length);
                            for (let j = 0; j < message.dataPoints.length; ++j)
                                object.dataPoints[j] = $root.opentelemetry.proto.metrics.v1.NumberDataPoint.toObject(message.dataPoints[j], options, _depth + 1);
                        }
                        return object;
                    };

                    Gauge.prototype.toJSON = function() {
                        return Gauge.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Gauge.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.Gauge";
                    };

                    return Gauge;
                })();

                v1.Sum = (function() {

                    const Sum = function (properties) {
                        this.dataPoints = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Sum.prototype.dataPoints = $util.emptyArray;
                    Sum.prototype.aggregationTemporality = 0;
                    Sum.prototype.isMonotonic = false;

                    Sum.create = function(properties) {
                        return new Sum(properties);
                    };

                    Sum.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.dataPoints != null && message.dataPoints.length)
                            for (let i = 0; i < message.dataPoints.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.NumberDataPoint.encode(message.dataPoints[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.aggregationTemporality != null && $Object.hasOwnProperty.call(message, "aggregationTemporality") && message.aggregationTemporality !== 0)
                            writer.uint32(16).int32(message.aggregationTemporality);
                        if (message.isMonotonic != null && $Object.hasOwnProperty.call(message, "isMonotonic") && message.isMonotonic !== false)
                            writer.uint32(24).bool(message.isMonotonic);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Sum.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.metrics.v1.Sum();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.dataPoints && message.dataPoints.length))
                                        message.dataPoints = [];
                                    message.dataPoints.push($root.opentelemetry.proto.metrics.v1.NumberDataPoint.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.aggregationTemporality = value;
                                    else
                                        delete message.aggregationTemporality;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.bool())
                                        message.isMonotonic = value;
                                    else
                                        delete message.isMonotonic;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Sum.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.metrics.v1.Sum)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.Sum: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.metrics.v1.Sum();
                        if (object.dataPoints) {
                            if (!$Array.isArray(object.dataPoints))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Sum.dataPoints: array expected");
                            message.dataPoints = $Array(object.dataPoints.length);
                            for (let i = 0; i < object.dataPoints.length; ++i) {
                                if (!$util.isObject(object.dataPoints[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.Sum.dataPoints: object expected");
                                message.dataPoints[i] = $root.opentelemetry.proto.metrics.v1.NumberDataPoint.fromObject(object.dataPoints[i], _depth + 1);
                            }
                        }
                        if (object.aggregationTemporality !== 0 && (typeof object.aggregationTemporality !== "string" || $root.opentelemetry.proto.metrics.v1.AggregationTemporality[object.aggregationTemporality] !== 0))
                            switch (object.aggregationTemporality) {
                            case "AGGREGATION_TEMPORALITY_UNSPECIFIED":
                            case 0:
                                message.aggregationTemporality = 0;
                                break;
                            case "AGGREGATION_TEMPORALITY_DELTA":
                            case 1:
                                message.aggregationTemporality = 1;
                                break;
                            case "AGGREGATION_TEMPORALITY_CUMULATIVE":
                            case 2:
                                message.aggregationTemporality = 2;
                                break;
                            default:
                                if (typeof object.aggregationTemporality === "number" && (object.aggregationTemporality | 0) === object.aggregationTemporality)
                                    message.aggregationTemporality = object.aggregationTemporality;
                            }
                        if (object.isMonotonic != null)
                            if (object.isMonotonic)
                                message.isMonotonic = $Boolean(object.isMonotonic);
                        return message;
                    };

                    Sum.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.dataPoints = [];
                        if (options.defaults) {
                            object.aggregationTemporality = options.enums === $String ? "AGGREGATION_TEMPORALITY_UNSPECIFIED" : 0;
                            object.isMonotonic = false;
                        }
                        if (message.dataPoints && message.dataPoints.length) {
                            object.dataPoints = $Array(message.dataPoints.length);
                            for (let j = 0; j < message.dataPoints.length; ++j)
                                object.dataPoints[j] = $root.opentelemetry.proto.metrics.v1.NumberDataPoint.toObject(message.dataPoints[j], options, _depth + 1);
                        }
                        if (message.aggregationTemporality != null && $Object.hasOwnProperty.call(message, "aggregationTemporality"))
                            object.aggregationTemporality = options.enums === $String ? $root.opentelemetry.proto.metrics.v1.AggregationTemporality[message.aggregationTemporality] === $undefined ? message.aggregationTemporality : $root.opentelemetry.proto.metrics.v1.AggregationTemporality[message.aggregationTemporality] : message.aggregationTemporality;
                        if (message.isMonotonic != null && $Object.hasOwnProperty.call(message, "isMonotonic"))
                            object.isMonotonic = message.isMonotonic;
                        return object;
                    };

                    Sum.prototype.toJSON = function() {
                        return Sum.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Sum.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.Sum";
                    };

                    return Sum;
                })();

                v1.Histogram = (function() {

                    const Histogram = function (properties) {
                        this.dataPoints = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Histogram.prototype.dataPoints = $util.emptyArray;
                    Histogram.prototype.aggregationTemporality = 0;

                    Histogram.create = function(properties) {
                        return new Histogram(properties);
                    };

                    Histogram.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.dataPoints != null && message.dataPoints.length)
                            for (let i = 0; i < message.dataPoints.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.HistogramDataPoint.encode(message.dataPoints[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.aggregationTemporality != null && $Object.hasOwnProperty.call(message, "aggregationTemporality") && message.aggregationTemporality !== 0)
                            writer.uint32(16).int32(message.aggregationTemporality);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Histogram.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.metrics.v1.Histogram();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.dataPoints && message.dataPoints.length))
                                        message.dataPoints = [];
                                    message.dataPoints.push($root.opentelemetry.proto.metrics.v1.HistogramDataPoint.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.aggregationTemporality = value;
                                    else
                                        delete message.aggregationTemporality;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Histogram.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.metrics.v1.Histogram)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.Histogram: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.metrics.v1.Histogram();
                        if (object.dataPoints) {
                            if (!$Array.isArray(object.dataPoints))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Histogram.dataPoints: array expected");
                            message.dataPoints = $Array(object.dataPoints.length);
                            for (let i = 0; i < object.dataPoints.length; ++i) {
                                if (!$util.isObject(object.dataPoints[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.Histogram.dataPoints: object expected");
                                message.dataPoints[i] = $root.opentelemetry.proto.metrics.v1.HistogramDataPoint.fromObject(object.dataPoints[i], _depth + 1);
                            }
                        }
                        if (object.aggregationTemporality !== 0 && (typeof object.aggregationTemporality !== "string" || $root.opentelemetry.proto.metrics.v1.AggregationTemporality[object.aggregationTemporality] !== 0))
                            switch (object.aggregationTemporality) {
                            case "AGGREGATION_TEMPORALITY_UNSPECIFIED":
                            case 0:
                                message.aggregationTemporality = 0;
                                break;
                            case "AGGREGATION_TEMPORALITY_DELTA":
                            case 1:
                                message.aggregationTemporality = 1;
                                break;
                            case "AGGREGATION_TEMPORALITY_CUMULATIVE":
                            case 2:
                                message.aggregationTemporality = 2;
                                break;
                            default:
                                if (typeof object.aggregationTemporality === "number" && (object.aggregationTemporality | 0) === object.aggregationTemporality)
                                    message.aggregationTemporality = object.aggregationTemporality;
                            }
                        return message;
                    };

                    Histogram.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.dataPoints = [];
                        if (options.defaults)
                            object.aggregationTemporality = options.enums === $String ? "AGGREGATION_TEMPORALITY_UNSPECIFIED" : 0;
                        if (message.dataPoints && message.dataPoints.length) {
                            object.dataPoints = $Array(message.dataPoints.length);
                            for (let j = 0; j < message.dataPoints.length; ++j)
                                object.dataPoints[j] = $root.opentelemetry.proto.metrics.v1.HistogramDataPoint.toObject(message.dataPoints[j], options, _depth + 1);
                        }
                        if (message.aggregationTemporality != null && $Object.hasOwnProperty.call(message, "aggregationTemporality"))
                            object.aggregationTemporality = options.enums === $String ? $root.opentelemetry.proto.metrics.v1.AggregationTemporality[message.aggregationTemporality] === $undefined ? message.aggregationTemporality : $root.opentelemetry.proto.metrics.v1.AggregationTemporality[message.aggregationTemporality] : message.aggregationTemporality;
                        return object;
                    };

                    Histogram.prototype.toJSON = function() {
                        return Histogram.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Histogram.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.Histogram";
                    };

                    return Histogram;
                })();

                v1.ExponentialHistogram = (function() {

                    const ExponentialHistogram = function (properties) {
                        this.dataPoints = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ExponentialHistogram.prototype.dataPoints = $util.emptyArray;
                    ExponentialHistogram.prototype.aggregationTemporality = 0;

                    ExponentialHistogram.create = function(properties) {
                        return new ExponentialHistogram(properties);
                    };

                    ExponentialHistogram.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.dataPoints != null && message.dataPoints.length)
                            for (let i = 0; i < message.dataPoints.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.encode(message.dataPoints[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.aggregationTemporality != null && $Object.hasOwnProperty.call(message, "aggregationTemporality") && message.aggregationTemporality !== 0)
                            writer.uint32(16).int32(message.aggregationTemporality);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ExponentialHistogram.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.metrics.v1.ExponentialHistogram();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.dataPoints && message.dataPoints.length))
                                        message.dataPoints = [];
                                    message.dataPoints.push($root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.aggregationTemporality = value;
                                    else
                                        delete message.aggregationTemporality;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    ExponentialHistogram.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.metrics.v1.ExponentialHistogram)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogram: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.metrics.v1.ExponentialHistogram();
                        if (object.dataPoints) {
                            if (!$Array.isArray(object.dataPoints))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogram.dataPoints: array expected");
                            message.dataPoints = $Array(object.dataPoints.length);
                            for (let i = 0; i < object.dataPoints.length; ++i) {
                                if (!$util.isObject(object.dataPoints[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogram.dataPoints: object expected");
                                message.dataPoints[i] = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.fromObject(object.dataPoints[i], _depth + 1);
                            }
                        }
                        if (object.aggregationTemporality !== 0 && (typeof object.aggregationTemporality !== "string" || $root.opentelemetry.proto.metrics.v1.AggregationTemporality[object.aggregationTemporality] !== 0))
                            switch (object.aggregationTemporality) {
                            case "AGGREGATION_TEMPORALITY_UNSPECIFIED":
                            case 0:
                                message.aggregationTemporality = 0;
                                break;
                            case "AGGREGATION_TEMPORALITY_DELTA":
                            case 1:
                                message.aggregationTemporality = 1;
                                break;
                            case "AGGREGATION_TEMPORALITY_CUMULATIVE":
                            case 2:
                                message.aggregationTemporality = 2;
                                break;
                            default:
                                if (typeof object.aggregationTemporality === "number" && (object.aggregationTemporality | 0) === object.aggregationTemporality)
                                    message.aggregationTemporality = object.aggregationTemporality;
                            }
                        return message;
                    };

                    ExponentialHistogram.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.dataPoints = [];
                        if (options.defaults)
                            object.aggregationTemporality = options.enums === $String ? "AGGREGATION_TEMPORALITY_UNSPECIFIED" : 0;
                        if (message.dataPoints && message.dataPoints.length) {
                            object.dataPoints = $Array(message.dataPoints.length);
                            for (let j = 0; j < message.dataPoints.length; ++j)
                                object.dataPoints[j] = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.toObject(message.dataPoints[j], options, _depth + 1);
                        }
                        if (message.aggregationTemporality != null && $Object.hasOwnProperty.call(message, "aggregationTemporality"))
                            object.aggregationTemporality = options.enums === $String ? $root.opentelemetry.proto.metrics.v1.AggregationTemporality[message.aggregationTemporality] === $undefined ? message.aggregationTemporality : $root.opentelemetry.proto.metrics.v1.AggregationTemporality[message.aggregationTemporality] : message.aggregationTemporality;
                        return object;
                    };

                    ExponentialHistogram.prototype.toJSON = function() {
                        return ExponentialHistogram.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    ExponentialHistogram.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.ExponentialHistogram";
                    };

                    return ExponentialHistogram;
                })();

                v1.Summary = (function() {

                    const Summary = function (properties) {
                        this.dataPoints = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Summary.prototype.dataPoints = $util.emptyArray;

                    Summary.create = function(properties) {
                        return new Summary(properties);
                    };

                    Summary.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.dataPoints != null && message.dataPoints.length)
                            for (let i = 0; i < message.dataPoints.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.encode(message.dataPoints[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Summary.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.metrics.v1.Summary();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.dataPoints && message.dataPoints.length))
                                        message.dataPoints = [];
                                    message.dataPoints.push($root.opentelemetry.proto.metrics.v1.SummaryDataPoint.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Summary.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.metrics.v1.Summary)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.Summary: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.metrics.v1.Summary();
                        if (object.dataPoints) {
                            if (!$Array.isArray(object.dataPoints))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Summary.dataPoints: array expected");
                            message.dataPoints = $Array(object.dataPoints.length);
                            for (let i = 0; i < object.dataPoints.length; ++i) {
                                if (!$util.isObject(object.dataPoints[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.Summary.dataPoints: object expected");
                                message.dataPoints[i] = $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.fromObject(object.dataPoints[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    Summary.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.dataPoints = [];
                        if (message.dataPoints && message.dataPoints.length) {
                            object.dataPoints = $Array(message.dataPoints.length);
                            for (let j = 0; j < message.dataPoints.length; ++j)
                                object.dataPoints[j] = $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.toObject(message.dataPoints[j], options, _depth + 1);
                        }
                        return object;
                    };

                    Summary.prototype.toJSON = function() {
                        return Summary.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Summary.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.Summary";
                    };

                    return Summary;
                })();

                v1.AggregationTemporality = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "AGGREGATION_TEMPORALITY_UNSPECIFIED"] = 0;
                    values[valuesById[1] = "AGGREGATION_TEMPORALITY_DELTA"] = 1;
                    values[valuesById[2] = "AGGREGATION_TEMPORALITY_CUMULATIVE"] = 2;
                    return values;
                })();

                v1.DataPointFlags = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "DATA_POINT_FLAGS_DO_NOT_USE"] = 0;
                    values[valuesById[1] = "DATA_POINT_FLAGS_NO_RECORDED_VALUE_MASK"] = 1;
                    return values;
                })();

                v1.NumberDataPoint = (function() {

                    const NumberDataPoint = function (properties) {
                        this.attributes = [];
                        this.exemplars = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    NumberDataPoint.prototype.attributes = $util.emptyArray;
                    NumberDataPoint.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    NumberDataPoint.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    NumberDataPoint.prototype.asDouble = null;
                    NumberDataPoint.prototype.asInt = null;
                    NumberDataPoint.prototype.exemplars = $util.emptyArray;
                    NumberDataPoint.prototype.flags = 0;

                    let $oneOfFields;

                    $Object.defineProperty(NumberDataPoint.prototype, "value", {
                        get: $util.oneOfGetter($oneOfFields = ["asDouble", "asInt"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    NumberDataPoint.create = function(properties) {
                        return new NumberDataPoint(properties);
                    };

                    NumberDataPoint.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano") && (typeof message.startTimeUnixNano === "object" ? message.startTimeUnixNano.low || message.startTimeUnixNano.high : message.startTimeUnixNano !== 0))
                            writer.uint32(17).fixed64(message.startTimeUnixNano);
                        if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano") && (typeof message.timeUnixNano === "object" ? message.timeUnixNano.low || message.timeUnixNano.high : message.timeUnixNano !== 0))
                            writer.uint32(25).fixed64(message.timeUnixNano);
                        if (message.asDouble != null && $Object.hasOwnProperty.call(message, "asDouble"))
                            writer.uint32(33).double(message.asDouble);
                        if (message.exemplars != null && message.exemplars.length)
                            for (let i = 0; i < message.exemplars.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.Exemplar.encode(message.exemplars[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                        if (message.asInt != null && $Object.hasOwnProperty.call(message, "asInt"))
                            writer.uint32(49).sfixed64(message.asInt);
                        if (message.attributes != null && message.attributes.length)
                            for (let i = 0; i < message.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.attributes[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                        if (message.flags != null && $Object.hasOwnProperty.call(message, "flags") && message.flags !== 0)
                            writer.uint32(64).uint32(message.flags);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    NumberDataPoint.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.metrics.v1.NumberDataPoint();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.attributes && message.attributes.length))
                                        message.attributes = [];
                                    message.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 1)
                                        break;
                                    if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                        message.startTimeUnixNano = value;
                                    else
                                        delete message.startTimeUnixNano;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 1)
                                        break;
                                    if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                        message.timeUnixNano = value;
                                    else
                                        delete message.timeUnixNano;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 1)
                                        break;
                                    message.asDouble = reader.double();
                                    message.value = "asDouble";
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 1)
                                        break;
                                    message.asInt = reader.sfixed64();
                                    message.value = "asInt";
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.exemplars && message.exemplars.length))
                                        message.exemplars = [];
                                    message.exemplars.push($root.opentelemetry.proto.metrics.v1.Exemplar.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.flags = value;
                                    else
                                        delete message.flags;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    NumberDataPoint.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.metrics.v1.NumberDataPoint)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.NumberDataPoint: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.metrics.v1.NumberDataPoint();
                        if (object.attributes) {
                            if (!$Array.isArray(object.attributes))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.NumberDataPoint.attributes: array expected");
                            message.attributes = $Array(object.attributes.length);
                            for (let i = 0; i < object.attributes.length; ++i) {
                                if (!$util.isObject(object.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.NumberDataPoint.attributes: object expected");
                                message.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
                            }
                        }
                        if (object.startTimeUnixNano != null)
                            if (typeof object.startTimeUnixNano === "object" ? object.startTimeUnixNano.low || object.startTimeUnixNano.high : $Number(object.startTimeUnixNano) !== 0)
                                if ($util.Long)
                                    message.startTimeUnixNano = $util.Long.fromValue(object.startTimeUnixNano, true);
                                else if (typeof object.startTimeUnixNano === "string")
                                    message.startTimeUnixNano = $parseInt(object.startTimeUnixNano, 10);
                                else if (typeof object.startTimeUnixNano === "number")
                                    message.startTimeUnixNano = object.startTimeUnixNano;
                                else if (typeof object.startTimeUnixNano === "object")
                                    message.startTimeUnixNano = new $util.LongBits(object.startTimeUnixNano.low >>> 0, object.startTimeUnixNano.high >>> 0).toNumber(true);
                        if (object.timeUnixNano != null)
                            if (typeof object.timeUnixNano === "object" ? object.timeUnixNano.low || object.timeUnixNano.high : $Number(object.timeUnixNano) !== 0)
                                if ($util.Long)
                                    message.timeUnixNano = $util.Long.fromValue(object.timeUnixNano, true);
                                else if (typeof object.timeUnixNano === "string")
                                    message.timeUnixNano = $parseInt(object.timeUnixNano, 10);
                                else if (typeof object.timeUnixNano === "number")
                                    message.timeUnixNano = object.timeUnixNano;
                                else if (typeof object.timeUnixNano === "object")
                                    message.timeUnixNano = new $util.LongBits(object.timeUnixNano.low >>> 0, object.timeUnixNano.high >>> 0).toNumber(true);
                        if (object.asDouble != null)
                            message.asDouble = $Number(object.asDouble);
                        if (object.asInt != null)
                            if ($util.Long)
                                message.asInt = $util.Long.fromValue(object.asInt, false);
                            else if (typeof object.asInt === "string")
                                message.asInt = $parseInt(object.asInt, 10);
                            else if (typeof object.asInt === "number")
                                message.asInt = object.asInt;
                            else if (typeof object.asInt === "object")
                                message.asInt = new $util.LongBits(object.asInt.low >>> 0, object.asInt.high >>> 0).toNumber();
                        if (object.exemplars) {
                            if (!$Array.isArray(object.exemplars))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.NumberDataPoint.exemplars: array expected");
                            message.exemplars = $Array(object.exemplars.length);
                            for (let i = 0; i < object.exemplars.length; ++i) {
                                if (!$util.isObject(object.exemplars[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.NumberDataPoint.exemplars: object expected");
                                message.exemplars[i] = $root.opentelemetry.proto.metrics.v1.Exemplar.fromObject(object.exemplars[i], _depth + 1);
                            }
                        }
                        if (object.flags != null)
                            if ($Number(object.flags) !== 0)
                                message.flags = object.flags >>> 0;
                        return message;
                    };

                    NumberDataPoint.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.exemplars = [];
                            object.attributes = [];
                        }
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.startTimeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.startTimeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.timeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.timeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object.flags = 0;
                        }
                        if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.startTimeUnixNano = typeof message.startTimeUnixNano === "number" ? $BigInt(message.startTimeUnixNano) : $util.Long.fromBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof message.startTimeUnixNano === "number")
                                object.startTimeUnixNano = options.longs === $String ? $String(message.startTimeUnixNano) : message.startTimeUnixNano;
                            else
                                object.startTimeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeUnixNano) : options.longs === $Number ? new $util.LongBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0).toNumber(true) : message.startTimeUnixNano;
                        if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.timeUnixNano = typeof message.timeUnixNano === "number" ? $BigInt(message.timeUnixNano) : $util.Long.fromBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof message.timeUnixNano === "number")
                                object.timeUnixNano = options.longs === $String ? $String(message.timeUnixNano) : message.timeUnixNano;
                            else
                                object.timeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUnixNano) : options.longs === $Number ? new $util.LongBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0).toNumber(true) : message.timeUnixNano;
                        if (message.asDouble != null && $Object.hasOwnProperty.call(message, "asDouble")) {
                            object.asDouble = options.json && !$isFinite(message.asDouble) ? $String(message.asDouble) : message.asDouble;
                            if (options.oneofs)
                                object.value = "asDouble";
                        }
                        if (message.exemplars && message.exemplars.length) {
                            object.exemplars = $Array(message.exemplars.length);
                            for (let j = 0; j < message.exemplars.length; ++j)
                                object.exemplars[j] = $root.opentelemetry.proto.metrics.v1.Exemplar.toObject(message.exemplars[j], options, _depth + 1);
                        }
                        if (message.asInt != null && $Object.hasOwnProperty.call(message, "asInt")) {
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.asInt = typeof message.asInt === "number" ? $BigInt(message.asInt) : $util.Long.fromBits(message.asInt.low >>> 0, message.asInt.high >>> 0, false).toBigInt();
                            else if (typeof message.asInt === "number")
                                object.asInt = options.longs === $String ? $String(message.asInt) : message.asInt;
                            else
                                object.asInt = options.longs === $String ? $util.Long.prototype.toString.call(message.asInt) : options.longs === $Number ? new $util.LongBits(message.asInt.low >>> 0, message.asInt.high >>> 0).toNumber() : message.asInt;
                            if (options.oneofs)
                                object.value = "asInt";
                        }
                        if (message.attributes && message.attributes.length) {
                            object.attributes = $Array(message.attributes.length);
                            for (let j = 0; j < message.attributes.length; ++j)
                                object.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
                        }
                        if (message.flags != null && $Object.hasOwnProperty.call(message, "flags"))
                            object.flags = message.flags;
                        return object;
                    };

                    NumberDataPoint.prototype.toJSON = function() {
                        return NumberDataPoint.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    NumberDataPoint.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.NumberDataPoint";
                    };

                    return NumberDataPoint;
                })();

                v1.HistogramDataPoint = (function() {

                    const HistogramDataPoint = function (properties) {
                        this.attributes = [];
                        this.bucketCounts = [];
                        this.explicitBounds = [];
                        this.exemplars = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    HistogramDataPoint.prototype.attributes = $util.emptyArray;
                    HistogramDataPoint.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    HistogramDataPoint.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    HistogramDataPoint.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    HistogramDataPoint.prototype.sum = null;
                    HistogramDataPoint.prototype.bucketCounts = $util.emptyArray;
                    HistogramDataPoint.prototype.explicitBounds = $util.emptyArray;
                    HistogramDataPoint.prototype.exemplars = $util.emptyArray;
                    HistogramDataPoint.prototype.flags = 0;
                    HistogramDataPoint.prototype.min = null;
                    HistogramDataPoint.prototype.max = null;

                    let $oneOfFields;

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(HistogramDataPoint.prototype, "_sum", {
                        get: $util.oneOfGetter($oneOfFields = ["sum"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(HistogramDataPoint.prototype, "_min", {
                        get: $util.oneOfGetter($oneOfFields = ["min"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(HistogramDataPoint.prototype, "_max", {
                        get: $util.oneOfGetter($oneOfFields = ["max"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    HistogramDataPoint.create = function(properties) {
                        return new HistogramDataPoint(properties);
                    };

                    HistogramDataPoint.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano") && (typeof message.startTimeUnixNano === "object" ? message.startTimeUnixNano.low || message.startTimeUnixNano.high : message.startTimeUnixNano !== 0))
                            writer.uint32(17).fixed64(message.startTimeUnixNano);
                        if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano") && (typeof message.timeUnixNano === "object" ? message.timeUnixNano.low || message.timeUnixNano.high : message.timeUnixNano !== 0))
                            writer.uint32(25).fixed64(message.timeUnixNano);
                        if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                            writer.uint32(33).fixed64(message.count);
                        if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                            writer.uint32(41).double(message.sum);
                        if (message.bucketCounts != null && message.bucketCounts.length)
                            writer.uint32(50).fixed64s(message.bucketCounts);
                        if (message.explicitBounds != null && message.explicitBounds.length)
                            writer.uint32(58).doubles(message.explicitBounds);
                        if (message.exemplars != null && message.exemplars.length)
                            for (let i = 0; i < message.exemplars.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.Exemplar.encode(message.exemplars[i], writer.uint32(66).fork(), _depth + 1).ldelim();
                        if (message.attributes != null && message.attributes.length)
                            for (let i = 0; i < message.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.attributes[i], writer.uint32(74).fork(), _depth + 1).ldelim();
                        if (message.flags != null && $Object.hasOwnProperty.call(message, "flags") && message.flags !== 0)
                            writer.uint32(80).uint32(message.flags);
                        if (message.min != null && $Object.hasOwnProperty.call(message, "min"))
                            writer.uint32(89).double(message.min);
                        if (message.max != null && $Object.hasOwnProperty.call(message, "max"))
                            writer.uint32(97).double(message.max);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    HistogramDataPoint.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.metrics.v1.HistogramDataPoint();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 9: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.attributes && message.attributes.length))
                                        message.attributes = [];
                                    message.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 1)
                                        break;
                                    if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                        message.startTimeUnixNano = value;
                                    else
                                        delete message.startTimeUnixNano;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 1)
                                        break;
                                    if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                        message.timeUnixNano = value;
                                    else
                                        delete message.timeUnixNano;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 1)
                                        break;
                                    if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                        message.count = value;
                                    else
                                        delete message.count;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 1)
                                        break;
                                    message.sum = reader.double();
                                    message._sum = "sum";
                                    continue;
                                }
                            case 6: {
                                    if (wireType === 2) {
                                        if (!(message.bucketCounts && message.bucketCounts.length))
                                            message.bucketCounts = [];
                                        reader.fixed64s(message.bucketCounts);
                                        continue;
                                    }
                                    if (wireType !== 1)
                                        break;
                                    if (!(message.bucketCounts && message.bucketCounts.length))
                                        message.bucketCounts = [];
                                    message.bucketCounts.push(reader.fixed64());
                                    continue;
                                }
                            case 7: {
                                    if (wireType === 2) {
                                        if (!(message.explicitBounds && message.explicitBounds.length))
                                            message.explicitBounds = [];
                                        reader.doubles(message.explicitBounds);
                                        continue;
                                    }
                                    if (wireType !== 1)
                                        break;
                                    if (!(message.explicitBounds && message.explicitBounds.length))
                                        message.explicitBounds = [];
                                    message.explicitBounds.push(reader.double());
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.exemplars && message.exemplars.length))
                                        message.exemplars = [];
                                    message.exemplars.push($root.opentelemetry.proto.metrics.v1.Exemplar.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 10: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.flags = value;
                                    else
                                        delete message.flags;
                                    continue;
                                }
                            case 11: {
                                    if (wireType !== 1)
                                        break;
                                    message.min = reader.double();
                                    message._min = "min";
                                    continue;
                                }
                            case 12: {
                                    if (wireType !== 1)
                                        break;
                                    message.max = reader.double();
                                    message._max = "max";
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    HistogramDataPoint.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.metrics.v1.HistogramDataPoint)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.HistogramDataPoint: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.metrics.v1.HistogramDataPoint();
                        if (object.attributes) {
                            if (!$Array.isArray(object.attributes))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.HistogramDataPoint.attributes: array expected");
                            message.attributes = $Array(object.attributes.length);
                            for (let i = 0; i < object.attributes.length; ++i) {
                                if (!$util.isObject(object.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.HistogramDataPoint.attributes: object expected");
                                message.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
                            }
                        }
                        if (object.startTimeUnixNano != null)
                            if (typeof object.startTimeUnixNano === "object" ? object.startTimeUnixNano.low || object.startTimeUnixNano.high : $Number(object.startTimeUnixNano) !== 0)
                                if ($util.Long)
                                    message.startTimeUnixNano = $util.Long.fromValue(object.startTimeUnixNano, true);
                                else if (typeof object.startTimeUnixNano === "string")
                                    message.startTimeUnixNano = $parseInt(object.startTimeUnixNano, 10);
                                else if (typeof object.startTimeUnixNano === "number")
                                    message.startTimeUnixNano = object.startTimeUnixNano;
                                else if (typeof object.startTimeUnixNano === "object")
                                    message.startTimeUnixNano = new $util.LongBits(object.startTimeUnixNano.low >>> 0, object.startTimeUnixNano.high >>> 0).toNumber(true);
                        if (object.timeUnixNano != null)
                            if (typeof object.timeUnixNano === "object" ? object.timeUnixNano.low || object.timeUnixNano.high : $Number(object.timeUnixNano) !== 0)
                                if ($util.Long)
                                    message.timeUnixNano = $util.Long.fromValue(object.timeUnixNano, true);
                                else if (typeof object.timeUnixNano === "string")
                                    message.timeUnixNano = $parseInt(object.timeUnixNano, 10);
                                else if (typeof object.timeUnixNano === "number")
                                    message.timeUnixNano = object.timeUnixNano;
                                else if (typeof object.timeUnixNano === "object")
                                    message.timeUnixNano = new $util.LongBits(object.timeUnixNano.low >>> 0, object.timeUnixNano.high >>> 0).toNumber(true);
                        if (object.count != null)
                            if (typeof object.count === "object" ? object.count.low || object.count.high : $Number(object.count) !== 0)
                                if ($util.Long)
                                    message.count = $util.Long.fromValue(object.count, true);
                                else if (typeof object.count === "string")
                                    message.count = $parseInt(object.count, 10);
                                else if (typeof object.count === "number")
                                    message.count = object.count;
                                else if (typeof object.count === "object")
                                    message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                        if (object.sum != null)
                            message.sum = $Number(object.sum);
                        if (object.bucketCounts) {
                            if (!$Array.isArray(object.bucketCounts))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.HistogramDataPoint.bucketCounts: array expected");
                            message.bucketCounts = $Array(object.bucketCounts.length);
                            for (let i = 0; i < object.bucketCounts.length; ++i)
                                if ($util.Long)
                                    message.bucketCounts[i] = $util.Long.fromValue(object.bucketCounts[i], true);
                                else if (typeof object.bucketCounts[i] === "string")
                                    message.bucketCounts[i] = $parseInt(object.bucketCounts[i], 10);
                                else if (typeof object.bucketCounts[i] === "number")
                                    message.bucketCounts[i] = object.bucketCounts[i];
                                else if (typeof object.bucketCounts[i] === "object")
                                    message.bucketCounts[i] = new $util.LongBits(object.bucketCounts[i].low >>> 0, object.bucketCounts[i].high >>> 0).toNumber(true);
                        }
                        if (object.explicitBounds) {
                            if (!$Array.isArray(object.explicitBounds))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.HistogramDataPoint.explicitBounds: array expected");
                            message.explicitBounds = $Array(object.explicitBounds.length);
                            for (let i = 0; i < object.explicitBounds.length; ++i)
                                message.explicitBounds[i] = $Number(object.explicitBounds[i]);
                        }
                        if (object.exemplars) {
                            if (!$Array.isArray(object.exemplars))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.HistogramDataPoint.exemplars: array expected");
                            message.exemplars = $Array(object.exemplars.length);
                            for (let i = 0; i < object.exemplars.length; ++i) {
                                if (!$util.isObject(object.exemplars[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.HistogramDataPoint.exemplars: object expected");
                                message.exemplars[i] = $root.opentelemetry.proto.metrics.v1.Exemplar.fromObject(object.exemplars[i], _depth + 1);
                            }
                        }
                        if (object.flags != null)
                            if ($Number(object.flags) !== 0)
                                message.flags = object.flags >>> 0;
                        if (object.min != null)
                            message.min = $Number(object.min);
                        if (object.max != null)
                            message.max = $Number(object.max);
                        return message;
                    };

                    HistogramDataPoint.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.bucketCounts = [];
                            object.explicitBounds = [];
                            object.exemplars = [];
                            object.attributes = [];
                        }
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.startTimeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.startTimeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.timeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.timeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object.flags = 0;
                        }
                        if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.startTimeUnixNano = typeof message.startTimeUnixNano === "number" ? $BigInt(message.startTimeUnixNano) : $util.Long.fromBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof message.startTimeUnixNano === "number")
                                object.startTimeUnixNano = options.longs === $String ? $String(message.startTimeUnixNano) : message.startTimeUnixNano;
                            else
                                object.startTimeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeUnixNano) : options.longs === $Number ? new $util.LongBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0).toNumber(true) : message.startTimeUnixNano;
                        if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.timeUnixNano = typeof message.timeUnixNano === "number" ? $BigInt(message.timeUnixNano) : $util.Long.fromBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof message.timeUnixNano === "number")
                                object.timeUnixNano = options.longs === $String ? $String(message.timeUnixNano) : message.timeUnixNano;
                            else
                                object.timeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUnixNano) : options.longs === $Number ? new $util.LongBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0).toNumber(true) : message.timeUnixNano;
                        if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                            else if (typeof message.count === "number")
                                object.count = options.longs === $String ? $String(message.count) : message.count;
                            else
                                object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                        if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                            object.sum = options.json && !$isFinite(message.sum) ? $String(message.sum) : message.sum;
                        if (message.bucketCounts && message.bucketCounts.length) {
                            object.bucketCounts = $Array(message.bucketCounts.length);
                            for (let j = 0; j < message.bucketCounts.length; ++j)
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.bucketCounts[j] = typeof message.bucketCounts[j] === "number" ? $BigInt(message.bucketCounts[j]) : $util.Long.fromBits(message.bucketCounts[j].low >>> 0, message.bucketCounts[j].high >>> 0, true).toBigInt();
                                else if (typeof message.bucketCounts[j] === "number")
                                    object.bucketCounts[j] = options.longs === $String ? $String(message.bucketCounts[j]) : message.bucketCounts[j];
                                else
                                    object.bucketCounts[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.bucketCounts[j]) : options.longs === $Number ? new $util.LongBits(message.bucketCounts[j].low >>> 0, message.bucketCounts[j].high >>> 0).toNumber(true) : message.bucketCounts[j];
                        }
                        if (message.explicitBounds && message.explicitBounds.length) {
                            object.explicitBounds = $Array(message.explicitBounds.length);
                            for (let j = 0; j < message.explicitBounds.length; ++j)
                                object.explicitBounds[j] = options.json && !$isFinite(message.explicitBounds[j]) ? $String(message.explicitBounds[j]) : message.explicitBounds[j];
                        }
                        if (message.exemplars && message.exemplars.length) {
                            object.exemplars = $Array(message.exemplars.length);
                            for (let j = 0; j < message.exemplars.length; ++j)
                                object.exemplars[j] = $root.opentelemetry.proto.metrics.v1.Exemplar.toObject(message.exemplars[j], options, _depth + 1);
                        }
                        if (message.attributes && message.attributes.length) {
                            object.attributes = $Array(message.attributes.length);
                            for (let j = 0; j < message.attributes.length; ++j)
                                object.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
                        }
                        if (message.flags != null && $Object.hasOwnProperty.call(message, "flags"))
                            object.flags = message.flags;
                        if (message.min != null && $Object.hasOwnProperty.call(message, "min"))
                            object.min = options.json && !$isFinite(message.min) ? $String(message.min) : message.min;
                        if (message.max != null && $Object.hasOwnProperty.call(message, "max"))
                            object.max = options.json && !$isFinite(message.max) ? $String(message.max) : message.max;
                        return object;
                    };

                    HistogramDataPoint.prototype.toJSON = function() {
                        return HistogramDataPoint.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    HistogramDataPoint.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.HistogramDataPoint";
                    };

                    return HistogramDataPoint;
                })();

                v1.ExponentialHistogramDataPoint = (function() {

                    const ExponentialHistogramDataPoint = function (properties) {
                        this.attributes = [];
                        this.exemplars = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    ExponentialHistogramDataPoint.prototype.attributes = $util.emptyArray;
                    ExponentialHistogramDataPoint.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    ExponentialHistogramDataPoint.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    ExponentialHistogramDataPoint.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    ExponentialHistogramDataPoint.prototype.sum = null;
                    ExponentialHistogramDataPoint.prototype.scale = 0;
                    ExponentialHistogramDataPoint.prototype.zeroCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    ExponentialHistogramDataPoint.prototype.positive = null;
                    ExponentialHistogramDataPoint.prototype.negative = null;
                    ExponentialHistogramDataPoint.prototype.flags = 0;
                    ExponentialHistogramDataPoint.prototype.exemplars = $util.emptyArray;
                    ExponentialHistogramDataPoint.prototype.min = null;
                    ExponentialHistogramDataPoint.prototype.max = null;
                    ExponentialHistogramDataPoint.prototype.zeroThreshold = 0;

                    let $oneOfFields;

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(ExponentialHistogramDataPoint.prototype, "_sum", {
                        get: $util.oneOfGetter($oneOfFields = ["sum"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(ExponentialHistogramDataPoint.prototype, "_min", {
                        get: $util.oneOfGetter($oneOfFields = ["min"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    // Virtual OneOf for proto3 optional field
                    $Object.defineProperty(ExponentialHistogramDataPoint.prototype, "_max", {
                        get: $util.oneOfGetter($oneOfFields = ["max"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    ExponentialHistogramDataPoint.create = function(properties) {
                        return new ExponentialHistogramDataPoint(properties);
                    };

                    ExponentialHistogramDataPoint.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.attributes != null && message.attributes.length)
                            for (let i = 0; i < message.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.attributes[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano") && (typeof message.startTimeUnixNano === "object" ? message.startTimeUnixNano.low || message.startTimeUnixNano.high : message.startTimeUnixNano !== 0))
                            writer.uint32(17).fixed64(message.startTimeUnixNano);
                        if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano") && (typeof message.timeUnixNano === "object" ? message.timeUnixNano.low || message.timeUnixNano.high : message.timeUnixNano !== 0))
                            writer.uint32(25).fixed64(message.timeUnixNano);
                        if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                            writer.uint32(33).fixed64(message.count);
                        if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                            writer.uint32(41).double(message.sum);
                        if (message.scale != null && $Object.hasOwnProperty.call(message, "scale") && message.scale !== 0)
                            writer.uint32(48).sint32(message.scale);
                        if (message.zeroCount != null && $Object.hasOwnProperty.call(message, "zeroCount") && (typeof message.zeroCount === "object" ? message.zeroCount.low || message.zeroCount.high : message.zeroCount !== 0))
                            writer.uint32(57).fixed64(message.zeroCount);
                        if (message.positive != null && $Object.hasOwnProperty.call(message, "positive"))
                            $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.encode(message.positive, writer.uint32(66).fork(), _depth + 1).ldelim();
                        if (message.negative != null && $Object.hasOwnProperty.call(message, "negative"))
                            $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.encode(message.negative, writer.uint32(74).fork(), _depth + 1).ldelim();
                        if (message.flags != null && $Object.hasOwnProperty.call(message, "flags") && message.flags !== 0)
                            writer.uint32(80).uint32(message.flags);
                        if (message.exemplars != null && message.exemplars.length)
                            for (let i = 0; i < message.exemplars.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.Exemplar.encode(message.exemplars[i], writer.uint32(90).fork(), _depth + 1).ldelim();
                        if (message.min != null && $Object.hasOwnProperty.call(message, "min"))
                            writer.uint32(97).double(message.min);
                        if (message.max != null && $Object.hasOwnProperty.call(message, "max"))
                            writer.uint32(105).double(message.max);
                        if (message.zeroThreshold != null && $Object.hasOwnProperty.call(message, "zeroThreshold") && !$Object.is(message.zeroThreshold, 0))
                            writer.uint32(113).double(message.zeroThreshold);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    ExponentialHistogramDataPoint.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.attributes && message.attributes.length))
                                        message.attributes = [];
                                    message.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 1)
                                        break;
                                    if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                        message.startTimeUnixNano = value;
                                    else
                                        delete message.startTimeUnixNano;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 1)
                                        break;
                                    if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                        message.timeUnixNano = value;
                                    else
                                        delete message.timeUnixNano;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 1)
                                        break;
                                    if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                        message.count = value;
                                    else
                                        delete message.count;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 1)
                                        break;
                                    message.sum = reader.double();
                                    message._sum = "sum";
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.sint32())
                                        message.scale = value;
                                    else
                                        delete message.scale;
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 1)
                                        break;
                                    if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                        message.zeroCount = value;
                                    else
                                        delete message.zeroCount;
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 2)
                                        break;
                                    message.positive = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.decode(reader, reader.size(), $undefined, _depth + 1, message.positive);
                                    continue;
                                }
                            case 9: {
                                    if (wireType !== 2)
                                        break;
                                    message.negative = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.decode(reader, reader.size(), $undefined, _depth + 1, message.negative);
                                    continue;
                                }
                            case 10: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.flags = value;
                                    else
                                        delete message.flags;
                                    continue;
                                }
                            case 11: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.exemplars && message.exemplars.length))
                                        message.exemplars = [];
                                    message.exemplars.push($root.opentelemetry.proto.metrics.v1.Exemplar.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 12: {
                                    if (wireType !== 1)
                                        break;
                                    message.min = reader.double();
                                    message._min = "min";
                                    continue;
                                }
                            case 13: {
                                    if (wireType !== 1)
                                        break;
                                    message.max = reader.double();
                                    message._max = "max";
                                    continue;
                                }
                            case 14: {
                                    if (wireType !== 1)
                                        break;
                                    if (!$Object.is(value = reader.double(), 0))
                                        message.zeroThreshold = value;
                                    else
                                        delete message.zeroThreshold;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    ExponentialHistogramDataPoint.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint();
                        if (object.attributes) {
                            if (!$Array.isArray(object.attributes))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.attributes: array expected");
                            message.attributes = $Array(object.attributes.length);
                            for (let i = 0; i < object.attributes.length; ++i) {
                                if (!$util.isObject(object.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.attributes: object expected");
                                message.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
                            }
                        }
                        if (object.startTimeUnixNano != null)
                            if (typeof object.startTimeUnixNano === "object" ? object.startTimeUnixNano.low || object.startTimeUnixNano.high : $Number(object.startTimeUnixNano) !== 0)
                                if ($util.Long)
                                    message.startTimeUnixNano = $util.Long.fromValue(object.startTimeUnixNano, true);
                                else if (typeof object.startTimeUnixNano === "string")
                                    message.startTimeUnixNano = $parseInt(object.startTimeUnixNano, 10);
                                else if (typeof object.startTimeUnixNano === "number")
                                    message.startTimeUnixNano = object.startTimeUnixNano;
                                else if (typeof object.startTimeUnixNano === "object")
                                    message.startTimeUnixNano = new $util.LongBits(object.startTimeUnixNano.low >>> 0, object.startTimeUnixNano.high >>> 0).toNumber(true);
                        if (object.timeUnixNano != null)
                            if (typeof object.timeUnixNano === "object" ? object.timeUnixNano.low || object.timeUnixNano.high : $Number(object.timeUnixNano) !== 0)
                                if ($util.Long)
                                    message.timeUnixNano = $util.Long.fromValue(object.timeUnixNano, true);
                                else if (typeof object.timeUnixNano === "string")
                                    message.timeUnixNano = $parseInt(object.timeUnixNano, 10);
                                else if (typeof object.timeUnixNano === "number")
                                    message.timeUnixNano = object.timeUnixNano;
                                else if (typeof object.timeUnixNano === "object")
                                    message.timeUnixNano = new $util.LongBits(object.timeUnixNano.low >>> 0, object.timeUnixNano.high >>> 0).toNumber(true);
                        if (object.count != null)
                            if (typeof object.count === "object" ? object.count.low || object.count.high : $Number(object.count) !== 0)
                                if ($util.Long)
                                    message.count = $util.Long.fromValue(object.count, true);
                                else if (typeof object.count === "string")
                                    message.count = $parseInt(object.count, 10);
                                else if (typeof object.count === "number")
                                    message.count = object.count;
                                else if (typeof object.count === "object")
                                    message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                        if (object.sum != null)
                            message.sum = $Number(object.sum);
                        if (object.scale != null)
                            if ($Number(object.scale) !== 0)
                                message.scale = object.scale | 0;
                        if (object.zeroCount != null)
                            if (typeof object.zeroCount === "object" ? object.zeroCount.low || object.zeroCount.high : $Number(object.zeroCount) !== 0)
                                if ($util.Long)
                                    message.zeroCount = $util.Long.fromValue(object.zeroCount, true);
                                else if (typeof object.zeroCount === "string")
                                    message.zeroCount = $parseInt(object.zeroCount, 10);
                                else if (typeof object.zeroCount === "number")
                                    message.zeroCount = object.zeroCount;
                                else if (typeof object.zeroCount === "object")
                                    message.zeroCount = new $util.LongBits(object.zeroCount.low >>> 0, object.zeroCount.high >>> 0).toNumber(true);
                        if (object.positive != null) {
                            if (!$util.isObject(object.positive))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.positive: object expected");
                            message.positive = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.fromObject(object.positive, _depth + 1);
                        }
                        if (object.negative != null) {
                            if (!$util.isObject(object.negative))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.negative: object expected");
                            message.negative = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.fromObject(object.negative, _depth + 1);
                        }
                        if (object.flags != null)
                            if ($Number(object.flags) !== 0)
                                message.flags = object.flags >>> 0;
                        if (object.exemplars) {
                            if (!$Array.isArray(object.exemplars))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.exemplars: array expected");
                            message.exemplars = $Array(object.exemplars.length);
                            for (let i = 0; i < object.exemplars.length; ++i) {
                                if (!$util.isObject(object.exemplars[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.exemplars: object expected");
                                message.exemplars[i] = $root.opentelemetry.proto.metrics.v1.Exemplar.fromObject(object.exemplars[i], _depth + 1);
                            }
                        }
                        if (object.min != null)
                            message.min = $Number(object.min);
                        if (object.max != null)
                            message.max = $Number(object.max);
                        if (object.zeroThreshold != null)
                            if (!$Object.is($Number(object.zeroThreshold), 0))
                                message.zeroThreshold = $Number(object.zeroThreshold);
                        return message;
                    };

                    ExponentialHistogramDataPoint.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.attributes = [];
                            object.exemplars = [];
                        }
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.startTimeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.startTimeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.timeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.timeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object.scale = 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.zeroCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.zeroCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object.positive = null;
                            object.negative = null;
                            object.flags = 0;
                            object.zeroThreshold = 0;
                        }
                        if (message.attributes && message.attributes.length) {
                            object.attributes = $Array(message.attributes.length);
                            for (let j = 0; j < message.attributes.length; ++j)
                                object.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
                        }
                        if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.startTimeUnixNano = typeof message.startTimeUnixNano === "number" ? $BigInt(message.startTimeUnixNano) : $util.Long.fromBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof message.startTimeUnixNano === "number")
                                object.startTimeUnixNano = options.longs === $String ? $String(message.startTimeUnixNano) : message.startTimeUnixNano;
                            else
                                object.startTimeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeUnixNano) : options.longs === $Number ? new $util.LongBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0).toNumber(true) : message.startTimeUnixNano;
                        if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.timeUnixNano = typeof message.timeUnixNano === "number" ? $BigInt(message.timeUnixNano) : $util.Long.fromBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof message.timeUnixNano === "number")
                                object.timeUnixNano = options.longs === $String ? $String(message.timeUnixNano) : message.timeUnixNano;
                            else
                                object.timeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUnixNano) : options.longs === $Number ? new $util.LongBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0).toNumber(true) : message.timeUnixNano;
                        if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                            else if (typeof message.count === "number")
                                object.count = options.longs === $String ? $String(message.count) : message.count;
                            else
                                object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                        if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                            object.sum = options.json && !$isFinite(message.sum) ? $String(message.sum) : message.sum;
                        if (message.scale != null && $Object.hasOwnProperty.call(message, "scale"))
                            object.scale = message.scale;
                        if (message.zeroCount != null && $Object.hasOwnProperty.call(message, "zeroCount"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.zeroCount = typeof message.zeroCount === "number" ? $BigInt(message.zeroCount) : $util.Long.fromBits(message.zeroCount.low >>> 0, message.zeroCount.high >>> 0, true).toBigInt();
                            else if (typeof message.zeroCount === "number")
                                object.zeroCount = options.longs === $String ? $String(message.zeroCount) : message.zeroCount;
                            else
                                object.zeroCount = options.longs === $String ? $util.Long.prototype.toString.call(message.zeroCount) : options.longs === $Number ? new $util.LongBits(message.zeroCount.low >>> 0, message.zeroCount.high >>> 0).toNumber(true) : message.zeroCount;
                        if (message.positive != null && $Object.hasOwnProperty.call(message, "positive"))
                            object.positive = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.toObject(message.positive, options, _depth + 1);
                        if (message.negative != null && $Object.hasOwnProperty.call(message, "negative"))
                            object.negative = $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.toObject(message.negative, options, _depth + 1);
                        if (message.flags != null && $Object.hasOwnProperty.call(message, "flags"))
                            object.flags = message.flags;
                        if (message.exemplars && message.exemplars.length) {
                            object.exemplars = $Array(message.exemplars.length);
                            for (let j = 0; j < message.exemplars.length; ++j)
                                object.exemplars[j] = $root.opentelemetry.proto.metrics.v1.Exemplar.toObject(message.exemplars[j], options, _depth + 1);
                        }
                        if (message.min != null && $Object.hasOwnProperty.call(message, "min"))
                            object.min = options.json && !$isFinite(message.min) ? $String(message.min) : message.min;
                        if (message.max != null && $Object.hasOwnProperty.call(message, "max"))
                            object.max = options.json && !$isFinite(message.max) ? $String(message.max) : message.max;
                        if (message.zeroThreshold != null && $Object.hasOwnProperty.call(message, "zeroThreshold"))
                            object.zeroThreshold = options.json && !$isFinite(message.zeroThreshold) ? $String(message.zeroThreshold) : message.zeroThreshold;
                        return object;
                    };

                    ExponentialHistogramDataPoint.prototype.toJSON = function() {
                        return ExponentialHistogramDataPoint.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    ExponentialHistogramDataPoint.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint";
                    };

                    ExponentialHistogramDataPoint.Buckets = (function() {

                        const Buckets = function (properties) {
                            this.bucketCounts = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        Buckets.prototype.offset = 0;
                        Buckets.prototype.bucketCounts = $util.emptyArray;

                        Buckets.create = function(properties) {
                            return new Buckets(properties);
                        };

                        Buckets.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && message.offset !== 0)
                                writer.uint32(8).sint32(message.offset);
                            if (message.bucketCounts != null && message.bucketCounts.length)
                                writer.uint32(18).uint64s(message.bucketCounts);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        Buckets.decode = function (reader, length, _end, _depth, _target) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            let end, message, value;
                            if (length === $undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw $RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = _target || new $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets();
                            while (reader.pos < end) {
                                let start = reader.pos;
                                let tag = reader.tag();
                                if (tag === _end) {
                                    _end = $undefined;
                                    break;
                                }
                                let wireType = tag & 7;
                                switch (tag >>>= 3) {
                                case 1: {
                                        if (wireType !== 0)
                                            break;
                                        if (value = reader.sint32())
                                            message.offset = value;
                                        else
                                            delete message.offset;
                                        continue;
                                    }
                                case 2: {
                                        if (wireType === 2) {
                                            if (!(message.bucketCounts && message.bucketCounts.length))
                                                message.bucketCounts = [];
                                            reader.uint64s(message.bucketCounts);
                                            continue;
                                        }
                                        if (wireType !== 0)
                                            break;
                                        if (!(message.bucketCounts && message.bucketCounts.length))
                                            message.bucketCounts = [];
                                        message.bucketCounts.push(reader.uint64());
                                        continue;
                                    }
                                }
                                reader.skipType(wireType, _depth, tag);
                                if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                            }
                            if (length !== $undefined) {
                                if (reader.pos !== end)
                                    throw $RangeError("index out of range");
                                reader.len = length;
                            }
                            if (_end !== $undefined)
                                throw $Error("missing end group");
                            return message;
                        };

                        Buckets.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets();
                            if (object.offset != null)
                                if ($Number(object.offset) !== 0)
                                    message.offset = object.offset | 0;
                            if (object.bucketCounts) {
                                if (!$Array.isArray(object.bucketCounts))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets.bucketCounts: array expected");
                                message.bucketCounts = $Array(object.bucketCounts.length);
                                for (let i = 0; i < object.bucketCounts.length; ++i)
                                    if ($util.Long)
                                        message.bucketCounts[i] = $util.Long.fromValue(object.bucketCounts[i], true);
                                    else if (typeof object.bucketCounts[i] === "string")
                                        message.bucketCounts[i] = $parseInt(object.bucketCounts[i], 10);
                                    else if (typeof object.bucketCounts[i] === "number")
                                        message.bucketCounts[i] = object.bucketCounts[i];
                                    else if (typeof object.bucketCounts[i] === "object")
                                        message.bucketCounts[i] = new $util.LongBits(object.bucketCounts[i].low >>> 0, object.bucketCounts[i].high >>> 0).toNumber(true);
                            }
                            return message;
                        };

                        Buckets.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.bucketCounts = [];
                            if (options.defaults)
                                object.offset = 0;
                            if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                                object.offset = message.offset;
                            if (message.bucketCounts && message.bucketCounts.length) {
                                object.bucketCounts = $Array(message.bucketCounts.length);
                                for (let j = 0; j < message.bucketCounts.length; ++j)
                                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                        object.bucketCounts[j] = typeof message.bucketCounts[j] === "number" ? $BigInt(message.bucketCounts[j]) : $util.Long.fromBits(message.bucketCounts[j].low >>> 0, message.bucketCounts[j].high >>> 0, true).toBigInt();
                                    else if (typeof message.bucketCounts[j] === "number")
                                        object.bucketCounts[j] = options.longs === $String ? $String(message.bucketCounts[j]) : message.bucketCounts[j];
                                    else
                                        object.bucketCounts[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.bucketCounts[j]) : options.longs === $Number ? new $util.LongBits(message.bucketCounts[j].low >>> 0, message.bucketCounts[j].high >>> 0).toNumber(true) : message.bucketCounts[j];
                            }
                            return object;
                        };

                        Buckets.prototype.toJSON = function() {
                            return Buckets.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        Buckets.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint.Buckets";
                        };

                        return Buckets;
                    })();

                    return ExponentialHistogramDataPoint;
                })();

                v1.SummaryDataPoint = (function() {

                    const SummaryDataPoint = function (properties) {
                        this.attributes = [];
                        this.quantileValues = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    SummaryDataPoint.prototype.attributes = $util.emptyArray;
                    SummaryDataPoint.prototype.startTimeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    SummaryDataPoint.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    SummaryDataPoint.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    SummaryDataPoint.prototype.sum = 0;
                    SummaryDataPoint.prototype.quantileValues = $util.emptyArray;
                    SummaryDataPoint.prototype.flags = 0;

                    SummaryDataPoint.create = function(properties) {
                        return new SummaryDataPoint(properties);
                    };

                    SummaryDataPoint.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano") && (typeof message.startTimeUnixNano === "object" ? message.startTimeUnixNano.low || message.startTimeUnixNano.high : message.startTimeUnixNano !== 0))
                            writer.uint32(17).fixed64(message.startTimeUnixNano);
                        if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano") && (typeof message.timeUnixNano === "object" ? message.timeUnixNano.low || message.timeUnixNano.high : message.timeUnixNano !== 0))
                            writer.uint32(25).fixed64(message.timeUnixNano);
                        if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                            writer.uint32(33).fixed64(message.count);
                        if (message.sum != null && $Object.hasOwnProperty.call(message, "sum") && !$Object.is(message.sum, 0))
                            writer.uint32(41).double(message.sum);
                        if (message.quantileValues != null && message.quantileValues.length)
                            for (let i = 0; i < message.quantileValues.length; ++i)
                                $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.encode(message.quantileValues[i], writer.uint32(50).fork(), _depth + 1).ldelim();
                        if (message.attributes != null && message.attributes.length)
                            for (let i = 0; i < message.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.attributes[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                        if (message.flags != null && $Object.hasOwnProperty.call(message, "flags") && message.flags !== 0)
                            writer.uint32(64).uint32(message.flags);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    SummaryDataPoint.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.metrics.v1.SummaryDataPoint();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.attributes && message.attributes.length))
                                        message.attributes = [];
                                    message.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 1)
                                        break;
                                    if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                        message.startTimeUnixNano = value;
                                    else
                                        delete message.startTimeUnixNano;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 1)
                                        break;
                                    if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                        message.timeUnixNano = value;
                                    else
                                        delete message.timeUnixNano;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 1)
                                        break;
                                    if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                        message.count = value;
                                    else
                                        delete message.count;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 1)
                                        break;
                                    if (!$Object.is(value = reader.double(), 0))
                                        message.sum = value;
                                    else
                                        delete message.sum;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.quantileValues && message.quantileValues.length))
                                        message.quantileValues = [];
                                    message.quantileValues.push($root.opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.flags = value;
                                    else
                                        delete message.flags;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    SummaryDataPoint.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.metrics.v1.SummaryDataPoint)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.SummaryDataPoint: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.metrics.v1.SummaryDataPoint();
                        if (object.attributes) {
                            if (!$Array.isArray(object.attributes))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.SummaryDataPoint.attributes: array expected");
                            message.attributes = $Array(object.attributes.length);
                            for (let i = 0; i < object.attributes.length; ++i) {
                                if (!$util.isObject(object.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.SummaryDataPoint.attributes: object expected");
                                message.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
                            }
                        }
                        if (object.startTimeUnixNano != null)
                            if (typeof object.startTimeUnixNano === "object" ? object.startTimeUnixNano.low || object.startTimeUnixNano.high : $Number(object.startTimeUnixNano) !== 0)
                                if ($util.Long)
                                    message.startTimeUnixNano = $util.Long.fromValue(object.startTimeUnixNano, true);
                                else if (typeof object.startTimeUnixNano === "string")
                                    message.startTimeUnixNano = $parseInt(object.startTimeUnixNano, 10);
                                else if (typeof object.startTimeUnixNano === "number")
                                    message.startTimeUnixNano = object.startTimeUnixNano;
                                else if (typeof object.startTimeUnixNano === "object")
                                    message.startTimeUnixNano = new $util.LongBits(object.startTimeUnixNano.low >>> 0, object.startTimeUnixNano.high >>> 0).toNumber(true);
                        if (object.timeUnixNano != null)
                            if (typeof object.timeUnixNano === "object" ? object.timeUnixNano.low || object.timeUnixNano.high : $Number(object.timeUnixNano) !== 0)
                                if ($util.Long)
                                    message.timeUnixNano = $util.Long.fromValue(object.timeUnixNano, true);
                                else if (typeof object.timeUnixNano === "string")
                                    message.timeUnixNano = $parseInt(object.timeUnixNano, 10);
                                else if (typeof object.timeUnixNano === "number")
                                    message.timeUnixNano = object.timeUnixNano;
                                else if (typeof object.timeUnixNano === "object")
                                    message.timeUnixNano = new $util.LongBits(object.timeUnixNano.low >>> 0, object.timeUnixNano.high >>> 0).toNumber(true);
                        if (object.count != null)
                            if (typeof object.count === "object" ? object.count.low || object.count.high : $Number(object.count) !== 0)
                                if ($util.Long)
                                    message.count = $util.Long.fromValue(object.count, true);
                                else if (typeof object.count === "string")
                                    message.count = $parseInt(object.count, 10);
                                else if (typeof object.count === "number")
                                    message.count = object.count;
                                else if (typeof object.count === "object")
                                    message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                        if (object.sum != null)
                            if (!$Object.is($Number(object.sum), 0))
                                message.sum = $Number(object.sum);
                        if (object.quantileValues) {
                            if (!$Array.isArray(object.quantileValues))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.SummaryDataPoint.quantileValues: array expected");
                            message.quantileValues = $Array(object.quantileValues.length);
                            for (let i = 0; i < object.quantileValues.length; ++i) {
                                if (!$util.isObject(object.quantileValues[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.SummaryDataPoint.quantileValues: object expected");
                                message.quantileValues[i] = $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.fromObject(object.quantileValues[i], _depth + 1);
                            }
                        }
                        if (object.flags != null)
                            if ($Number(object.flags) !== 0)
                                message.flags = object.flags >>> 0;
                        return message;
                    };

                    SummaryDataPoint.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.quantileValues = [];
                            object.attributes = [];
                        }
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.startTimeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.startTimeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.timeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.timeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            object.sum = 0;
                            object.flags = 0;
                        }
                        if (message.startTimeUnixNano != null && $Object.hasOwnProperty.call(message, "startTimeUnixNano"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.startTimeUnixNano = typeof message.startTimeUnixNano === "number" ? $BigInt(message.startTimeUnixNano) : $util.Long.fromBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof message.startTimeUnixNano === "number")
                                object.startTimeUnixNano = options.longs === $String ? $String(message.startTimeUnixNano) : message.startTimeUnixNano;
                            else
                                object.startTimeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.startTimeUnixNano) : options.longs === $Number ? new $util.LongBits(message.startTimeUnixNano.low >>> 0, message.startTimeUnixNano.high >>> 0).toNumber(true) : message.startTimeUnixNano;
                        if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.timeUnixNano = typeof message.timeUnixNano === "number" ? $BigInt(message.timeUnixNano) : $util.Long.fromBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof message.timeUnixNano === "number")
                                object.timeUnixNano = options.longs === $String ? $String(message.timeUnixNano) : message.timeUnixNano;
                            else
                                object.timeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUnixNano) : options.longs === $Number ? new $util.LongBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0).toNumber(true) : message.timeUnixNano;
                        if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                            else if (typeof message.count === "number")
                                object.count = options.longs === $String ? $String(message.count) : message.count;
                            else
                                object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                        if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                            object.sum = options.json && !$isFinite(message.sum) ? $String(message.sum) : message.sum;
                        if (message.quantileValues && message.quantileValues.length) {
                            object.quantileValues = $Array(message.quantileValues.length);
                            for (let j = 0; j < message.quantileValues.length; ++j)
                                object.quantileValues[j] = $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile.toObject(message.quantileValues[j], options, _depth + 1);
                        }
                        if (message.attributes && message.attributes.length) {
                            object.attributes = $Array(message.attributes.length);
                            for (let j = 0; j < message.attributes.length; ++j)
                                object.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
                        }
                        if (message.flags != null && $Object.hasOwnProperty.call(message, "flags"))
                            object.flags = message.flags;
                        return object;
                    };

                    SummaryDataPoint.prototype.toJSON = function() {
                        return SummaryDataPoint.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    SummaryDataPoint.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.SummaryDataPoint";
                    };

                    SummaryDataPoint.ValueAtQuantile = (function() {

                        const ValueAtQuantile = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        ValueAtQuantile.prototype.quantile = 0;
                        ValueAtQuantile.prototype.value = 0;

                        ValueAtQuantile.create = function(properties) {
                            return new ValueAtQuantile(properties);
                        };

                        ValueAtQuantile.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.quantile != null && $Object.hasOwnProperty.call(message, "quantile") && !$Object.is(message.quantile, 0))
                                writer.uint32(9).double(message.quantile);
                            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                                writer.uint32(17).double(message.value);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        ValueAtQuantile.decode = function (reader, length, _end, _depth, _target) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            let end, message, value;
                            if (length === $undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw $RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = _target || new $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile();
                            while (reader.pos < end) {
                                let start = reader.pos;
                                let tag = reader.tag();
                                if (tag === _end) {
                                    _end = $undefined;
                                    break;
                                }
                                let wireType = tag & 7;
                                switch (tag >>>= 3) {
                                case 1: {
                                        if (wireType !== 1)
                                            break;
                                        if (!$Object.is(value = reader.double(), 0))
                                            message.quantile = value;
                                        else
                                            delete message.quantile;
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 1)
                                            break;
                                        if (!$Object.is(value = reader.double(), 0))
                                            message.value = value;
                                        else
                                            delete message.value;
                                        continue;
                                    }
                                }
                                reader.skipType(wireType, _depth, tag);
                                if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                            }
                            if (length !== $undefined) {
                                if (reader.pos !== end)
                                    throw $RangeError("index out of range");
                                reader.len = length;
                            }
                            if (_end !== $undefined)
                                throw $Error("missing end group");
                            return message;
                        };

                        ValueAtQuantile.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile();
                            if (object.quantile != null)
                                if (!$Object.is($Number(object.quantile), 0))
                                    message.quantile = $Number(object.quantile);
                            if (object.value != null)
                                if (!$Object.is($Number(object.value), 0))
                                    message.value = $Number(object.value);
                            return message;
                        };

                        ValueAtQuantile.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.defaults) {
                                object.quantile = 0;
                                object.value = 0;
                            }
                            if (message.quantile != null && $Object.hasOwnProperty.call(message, "quantile"))
                                object.quantile = options.json && !$isFinite(message.quantile) ? $String(message.quantile) : message.quantile;
                            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                                object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                            return object;
                        };

                        ValueAtQuantile.prototype.toJSON = function() {
                            return ValueAtQuantile.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        ValueAtQuantile.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.metrics.v1.SummaryDataPoint.ValueAtQuantile";
                        };

                        return ValueAtQuantile;
                    })();

                    return SummaryDataPoint;
                })();

                v1.Exemplar = (function() {

                    const Exemplar = function (properties) {
                        this.filteredAttributes = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Exemplar.prototype.filteredAttributes = $util.emptyArray;
                    Exemplar.prototype.timeUnixNano = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
                    Exemplar.prototype.asDouble = null;
                    Exemplar.prototype.asInt = null;
                    Exemplar.prototype.spanId = $util.newBuffer([]);
                    Exemplar.prototype.traceId = $util.newBuffer([]);

                    let $oneOfFields;

                    $Object.defineProperty(Exemplar.prototype, "value", {
                        get: $util.oneOfGetter($oneOfFields = ["asDouble", "asInt"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    Exemplar.create = function(properties) {
                        return new Exemplar(properties);
                    };

                    Exemplar.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano") && (typeof message.timeUnixNano === "object" ? message.timeUnixNano.low || message.timeUnixNano.high : message.timeUnixNano !== 0))
                            writer.uint32(17).fixed64(message.timeUnixNano);
                        if (message.asDouble != null && $Object.hasOwnProperty.call(message, "asDouble"))
                            writer.uint32(25).double(message.asDouble);
                        if (message.spanId != null && $Object.hasOwnProperty.call(message, "spanId") && message.spanId.length)
                            writer.uint32(34).bytes(message.spanId);
                        if (message.traceId != null && $Object.hasOwnProperty.call(message, "traceId") && message.traceId.length)
                            writer.uint32(42).bytes(message.traceId);
                        if (message.asInt != null && $Object.hasOwnProperty.call(message, "asInt"))
                            writer.uint32(49).sfixed64(message.asInt);
                        if (message.filteredAttributes != null && message.filteredAttributes.length)
                            for (let i = 0; i < message.filteredAttributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.filteredAttributes[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Exemplar.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.metrics.v1.Exemplar();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 7: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.filteredAttributes && message.filteredAttributes.length))
                                        message.filteredAttributes = [];
                                    message.filteredAttributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 1)
                                        break;
                                    if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                        message.timeUnixNano = value;
                                    else
                                        delete message.timeUnixNano;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 1)
                                        break;
                                    message.asDouble = reader.double();
                                    message.value = "asDouble";
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 1)
                                        break;
                                    message.asInt = reader.sfixed64();
                                    message.value = "asInt";
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.bytes()).length)
                                        message.spanId = value;
                                    else
                                        delete message.spanId;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if ((value = reader.bytes()).length)
                                        message.traceId = value;
                                    else
                                        delete message.traceId;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Exemplar.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.metrics.v1.Exemplar)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.metrics.v1.Exemplar: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.metrics.v1.Exemplar();
                        if (object.filteredAttributes) {
                            if (!$Array.isArray(object.filteredAttributes))
                                throw $TypeError(".opentelemetry.proto.metrics.v1.Exemplar.filteredAttributes: array expected");
                            message.filteredAttributes = $Array(object.filteredAttributes.length);
                            for (let i = 0; i < object.filteredAttributes.length; ++i) {
                                if (!$util.isObject(object.filteredAttributes[i]))
                                    throw $TypeError(".opentelemetry.proto.metrics.v1.Exemplar.filteredAttributes: object expected");
                                message.filteredAttributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.filteredAttributes[i], _depth + 1);
                            }
                        }
                        if (object.timeUnixNano != null)
                            if (typeof object.timeUnixNano === "object" ? object.timeUnixNano.low || object.timeUnixNano.high : $Number(object.timeUnixNano) !== 0)
                                if ($util.Long)
                                    message.timeUnixNano = $util.Long.fromValue(object.timeUnixNano, true);
                                else if (typeof object.timeUnixNano === "string")
                                    message.timeUnixNano = $parseInt(object.timeUnixNano, 10);
                                else if (typeof object.timeUnixNano === "number")
                                    message.timeUnixNano = object.timeUnixNano;
                                else if (typeof object.timeUnixNano === "object")
                                    message.timeUnixNano = new $util.LongBits(object.timeUnixNano.low >>> 0, object.timeUnixNano.high >>> 0).toNumber(true);
                        if (object.asDouble != null)
                            message.asDouble = $Number(object.asDouble);
                        if (object.asInt != null)
                            if ($util.Long)
                                message.asInt = $util.Long.fromValue(object.asInt, false);
                            else if (typeof object.asInt === "string")
                                message.asInt = $parseInt(object.asInt, 10);
                            else if (typeof object.asInt === "number")
                                message.asInt = object.asInt;
                            else if (typeof object.asInt === "object")
                                message.asInt = new $util.LongBits(object.asInt.low >>> 0, object.asInt.high >>> 0).toNumber();
                        if (object.spanId != null)
                            if (object.spanId.length)
                                if (typeof object.spanId === "string")
                                    $util.base64.decode(object.spanId, message.spanId = $util.newBuffer($util.base64.length(object.spanId)), 0);
                                else if (object.spanId.length >= 0)
                                    message.spanId = object.spanId;
                        if (object.traceId != null)
                            if (object.traceId.length)
                                if (typeof object.traceId === "string")
                                    $util.base64.decode(object.traceId, message.traceId = $util.newBuffer($util.base64.length(object.traceId)), 0);
                                else if (object.traceId.length >= 0)
                                    message.traceId = object.traceId;
                        return message;
                    };

                    Exemplar.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.filteredAttributes = [];
                        if (options.defaults) {
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, true);
                                object.timeUnixNano = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.timeUnixNano = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                            if (options.bytes === $String)
                                object.spanId = "";
                            else {
                                object.spanId = [];
                                if (options.bytes !== $Array)
                                    object.spanId = $util.newBuffer(object.spanId);
                            }
                            if (options.bytes === $String)
                                object.traceId = "";
                            else {
                                object.traceId = [];
                                if (options.bytes !== $Array)
                                    object.traceId = $util.newBuffer(object.traceId);
                            }
                        }
                        if (message.timeUnixNano != null && $Object.hasOwnProperty.call(message, "timeUnixNano"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.timeUnixNano = typeof message.timeUnixNano === "number" ? $BigInt(message.timeUnixNano) : $util.Long.fromBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0, true).toBigInt();
                            else if (typeof message.timeUnixNano === "number")
                                object.timeUnixNano = options.longs === $String ? $String(message.timeUnixNano) : message.timeUnixNano;
                            else
                                object.timeUnixNano = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUnixNano) : options.longs === $Number ? new $util.LongBits(message.timeUnixNano.low >>> 0, message.timeUnixNano.high >>> 0).toNumber(true) : message.timeUnixNano;
                        if (message.asDouble != null && $Object.hasOwnProperty.call(message, "asDouble")) {
                            object.asDouble = options.json && !$isFinite(message.asDouble) ? $String(message.asDouble) : message.asDouble;
                            if (options.oneofs)
                                object.value = "asDouble";
                        }
                        if (message.spanId != null && $Object.hasOwnProperty.call(message, "spanId"))
                            object.spanId = options.bytes === $String ? $util.base64.encode(message.spanId, 0, message.spanId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.spanId) : message.spanId;
                        if (message.traceId != null && $Object.hasOwnProperty.call(message, "traceId"))
                            object.traceId = options.bytes === $String ? $util.base64.encode(message.traceId, 0, message.traceId.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.traceId) : message.traceId;
                        if (message.asInt != null && $Object.hasOwnProperty.call(message, "asInt")) {
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.asInt = typeof message.asInt === "number" ? $BigInt(message.asInt) : $util.Long.fromBits(message.asInt.low >>> 0, message.asInt.high >>> 0, false).toBigInt();
                            else if (typeof message.asInt === "number")
                                object.asInt = options.longs === $String ? $String(message.asInt) : message.asInt;
                            else
                                object.asInt = options.longs === $String ? $util.Long.prototype.toString.call(message.asInt) : options.longs === $Number ? new $util.LongBits(message.asInt.low >>> 0, message.asInt.high >>> 0).toNumber() : message.asInt;
                            if (options.oneofs)
                                object.value = "asInt";
                        }
                        if (message.filteredAttributes && message.filteredAttributes.length) {
                            object.filteredAttributes = $Array(message.filteredAttributes.length);
                            for (let j = 0; j < message.filteredAttributes.length; ++j)
                                object.filteredAttributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.filteredAttributes[j], options, _depth + 1);
                        }
                        return object;
                    };

                    Exemplar.prototype.toJSON = function() {
                        return Exemplar.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Exemplar.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.metrics.v1.Exemplar";
                    };

                    return Exemplar;
                })();

                return v1;
            })();

            return metrics;
        })();

        proto.resource = (function() {

            const resource = {};

            resource.v1 = (function() {

                const v1 = {};

                v1.Resource = (function() {

                    const Resource = function (properties) {
                        this.attributes = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Resource.prototype.attributes = $util.emptyArray;
                    Resource.prototype.droppedAttributesCount = 0;

                    Resource.create = function(properties) {
                        return new Resource(properties);
                    };

                    Resource.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.attributes != null && message.attributes.length)
                            for (let i = 0; i < message.attributes.length; ++i)
                                $root.opentelemetry.proto.common.v1.KeyValue.encode(message.attributes[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                        if (message.droppedAttributesCount != null && $Object.hasOwnProperty.call(message, "droppedAttributesCount") && message.droppedAttributesCount !== 0)
                            writer.uint32(16).uint32(message.droppedAttributesCount);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Resource.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.opentelemetry.proto.resource.v1.Resource();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.attributes && message.attributes.length))
                                        message.attributes = [];
                                    message.attributes.push($root.opentelemetry.proto.common.v1.KeyValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.droppedAttributesCount = value;
                                    else
                                        delete message.droppedAttributesCount;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Resource.fromObject = function (object, _depth) {
                        if (object instanceof $root.opentelemetry.proto.resource.v1.Resource)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".opentelemetry.proto.resource.v1.Resource: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.opentelemetry.proto.resource.v1.Resource();
                        if (object.attributes) {
                            if (!$Array.isArray(object.attributes))
                                throw $TypeError(".opentelemetry.proto.resource.v1.Resource.attributes: array expected");
                            message.attributes = $Array(object.attributes.length);
                            for (let i = 0; i < object.attributes.length; ++i) {
                                if (!$util.isObject(object.attributes[i]))
                                    throw $TypeError(".opentelemetry.proto.resource.v1.Resource.attributes: object expected");
                                message.attributes[i] = $root.opentelemetry.proto.common.v1.KeyValue.fromObject(object.attributes[i], _depth + 1);
                            }
                        }
                        if (object.droppedAttributesCount != null)
                            if ($Number(object.droppedAttributesCount) !== 0)
                                message.droppedAttributesCount = object.droppedAttributesCount >>> 0;
                        return message;
                    };

                    Resource.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.attributes = [];
                        if (options.defaults)
                            object.droppedAttributesCount = 0;
                        if (message.attributes && message.attributes.length) {
                            object.attributes = $Array(message.attributes.length);
                            for (let j = 0; j < message.attributes.length; ++j)
                                object.attributes[j] = $root.opentelemetry.proto.common.v1.KeyValue.toObject(message.attributes[j], options, _depth + 1);
                        }
                        if (message.droppedAttributesCount != null && $Object.hasOwnProperty.call(message, "droppedAttributesCount"))
                            object.droppedAttributesCount = message.droppedAttributesCount;
                        return object;
                    };

                    Resource.prototype.toJSON = function() {
                        return Resource.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Resource.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/opentelemetry.proto.resource.v1.Resource";
                    };

                    return Resource;
                })();

                return v1;
            })();

            return resource;
        })();

        proto.collector = (function() {

            const collector = {};

            collector.metrics = (function() {

                const metrics = {};

                metrics.v1 = (function() {

                    const v1 = {};

                    v1.ExportMetricsServiceRequest = (function() {

                        const ExportMetricsServiceRequest = function (properties) {
                            this.resourceMetrics = [];
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        ExportMetricsServiceRequest.prototype.resourceMetrics = $util.emptyArray;

                        ExportMetricsServiceRequest.create = function(properties) {
                            return new ExportMetricsServiceRequest(properties);
                        };

                        ExportMetricsServiceRequest.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.resourceMetrics != null && message.resourceMetrics.length)
                                for (let i = 0; i < message.resourceMetrics.length; ++i)
                                    $root.opentelemetry.proto.metrics.v1.ResourceMetrics.encode(message.resourceMetrics[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        ExportMetricsServiceRequest.decode = function (reader, length, _end, _depth, _target) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            let end, message;
                            if (length === $undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw $RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest();
                            while (reader.pos < end) {
                                let start = reader.pos;
                                let tag = reader.tag();
                                if (tag === _end) {
                                    _end = $undefined;
                                    break;
                                }
                                let wireType = tag & 7;
                                switch (tag >>>= 3) {
                                case 1: {
                                        if (wireType !== 2)
                                            break;
                                        if (!(message.resourceMetrics && message.resourceMetrics.length))
                                            message.resourceMetrics = [];
                                        message.resourceMetrics.push($root.opentelemetry.proto.metrics.v1.ResourceMetrics.decode(reader, reader.size(), $undefined, _depth + 1));
                                        continue;
                                    }
                                }
                                reader.skipType(wireType, _depth, tag);
                                if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                            }
                            if (length !== $undefined) {
                                if (reader.pos !== end)
                                    throw $RangeError("index out of range");
                                reader.len = length;
                            }
                            if (_end !== $undefined)
                                throw $Error("missing end group");
                            return message;
                        };

                        ExportMetricsServiceRequest.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest();
                            if (object.resourceMetrics) {
                                if (!$Array.isArray(object.resourceMetrics))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.resourceMetrics: array expected");
                                message.resourceMetrics = $Array(object.resourceMetrics.length);
                                for (let i = 0; i < object.resourceMetrics.length; ++i) {
                                    if (!$util.isObject(object.resourceMetrics[i]))
                                        throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest.resourceMetrics: object expected");
                                    message.resourceMetrics[i] = $root.opentelemetry.proto.metrics.v1.ResourceMetrics.fromObject(object.resourceMetrics[i], _depth + 1);
                                }
                            }
                            return message;
                        };

                        ExportMetricsServiceRequest.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.arrays || options.defaults)
                                object.resourceMetrics = [];
                            if (message.resourceMetrics && message.resourceMetrics.length) {
                                object.resourceMetrics = $Array(message.resourceMetrics.length);
                                for (let j = 0; j < message.resourceMetrics.length; ++j)
                                    object.resourceMetrics[j] = $root.opentelemetry.proto.metrics.v1.ResourceMetrics.toObject(message.resourceMetrics[j], options, _depth + 1);
                            }
                            return object;
                        };

                        ExportMetricsServiceRequest.prototype.toJSON = function() {
                            return ExportMetricsServiceRequest.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        ExportMetricsServiceRequest.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest";
                        };

                        return ExportMetricsServiceRequest;
                    })();

                    v1.ExportMetricsServiceResponse = (function() {

                        const ExportMetricsServiceResponse = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        ExportMetricsServiceResponse.prototype.partialSuccess = null;

                        ExportMetricsServiceResponse.create = function(properties) {
                            return new ExportMetricsServiceResponse(properties);
                        };

                        ExportMetricsServiceResponse.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.partialSuccess != null && $Object.hasOwnProperty.call(message, "partialSuccess"))
                                $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.encode(message.partialSuccess, writer.uint32(10).fork(), _depth + 1).ldelim();
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        ExportMetricsServiceResponse.decode = function (reader, length, _end, _depth, _target) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            let end, message, value;
                            if (length === $undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw $RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse();
                            while (reader.pos < end) {
                                let start = reader.pos;
                                let tag = reader.tag();
                                if (tag === _end) {
                                    _end = $undefined;
                                    break;
                                }
                                let wireType = tag & 7;
                                switch (tag >>>= 3) {
                                case 1: {
                                        if (wireType !== 2)
                                            break;
                                        message.partialSuccess = $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.decode(reader, reader.size(), $undefined, _depth + 1, message.partialSuccess);
                                        continue;
                                    }
                                }
                                reader.skipType(wireType, _depth, tag);
                                if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                            }
                            if (length !== $undefined) {
                                if (reader.pos !== end)
                                    throw $RangeError("index out of range");
                                reader.len = length;
                            }
                            if (_end !== $undefined)
                                throw $Error("missing end group");
                            return message;
                        };

                        ExportMetricsServiceResponse.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse();
                            if (object.partialSuccess != null) {
                                if (!$util.isObject(object.partialSuccess))
                                    throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse.partialSuccess: object expected");
                                message.partialSuccess = $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.fromObject(object.partialSuccess, _depth + 1);
                            }
                            return message;
                        };

                        ExportMetricsServiceResponse.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.defaults)
                                object.partialSuccess = null;
                            if (message.partialSuccess != null && $Object.hasOwnProperty.call(message, "partialSuccess"))
                                object.partialSuccess = $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess.toObject(message.partialSuccess, options, _depth + 1);
                            return object;
                        };

                        ExportMetricsServiceResponse.prototype.toJSON = function() {
                            return ExportMetricsServiceResponse.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        ExportMetricsServiceResponse.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse";
                        };

                        return ExportMetricsServiceResponse;
                    })();

                    v1.ExportMetricsPartialSuccess = (function() {

                        const ExportMetricsPartialSuccess = function (properties) {
                            if (properties)
                                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                        this[keys[i]] = properties[keys[i]];
                        };

                        ExportMetricsPartialSuccess.prototype.rejectedDataPoints = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                        ExportMetricsPartialSuccess.prototype.errorMessage = "";

                        ExportMetricsPartialSuccess.create = function(properties) {
                            return new ExportMetricsPartialSuccess(properties);
                        };

                        ExportMetricsPartialSuccess.encode = function (message, writer, _depth) {
                            if (!writer)
                                writer = $Writer.create();
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            if (message.rejectedDataPoints != null && $Object.hasOwnProperty.call(message, "rejectedDataPoints") && (typeof message.rejectedDataPoints === "object" ? message.rejectedDataPoints.low || message.rejectedDataPoints.high : message.rejectedDataPoints !== 0))
                                writer.uint32(8).int64(message.rejectedDataPoints);
                            if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage") && message.errorMessage !== "")
                                writer.uint32(18).string(message.errorMessage);
                            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                                for (let i = 0; i < message.$unknowns.length; ++i)
                                    writer.raw(message.$unknowns[i]);
                            return writer;
                        };

                        ExportMetricsPartialSuccess.decode = function (reader, length, _end, _depth, _target) {
                            if (!(reader instanceof $Reader))
                                reader = $Reader.create(reader);
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $Reader.recursionLimit)
                                throw $Error("max depth exceeded");
                            let end, message, value;
                            if (length === $undefined)
                                end = reader.len;
                            else {
                                end = reader.pos + length;
                                if (end > reader.len)
                                    throw $RangeError("index out of range");
                                length = reader.len;
                                reader.len = end;
                            }
                            message = _target || new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess();
                            while (reader.pos < end) {
                                let start = reader.pos;
                                let tag = reader.tag();
                                if (tag === _end) {
                                    _end = $undefined;
                                    break;
                                }
                                let wireType = tag & 7;
                                switch (tag >>>= 3) {
                                case 1: {
                                        if (wireType !== 0)
                                            break;
                                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                            message.rejectedDataPoints = value;
                                        else
                                            delete message.rejectedDataPoints;
                                        continue;
                                    }
                                case 2: {
                                        if (wireType !== 2)
                                            break;
                                        if ((value = reader.stringVerify()).length)
                                            message.errorMessage = value;
                                        else
                                            delete message.errorMessage;
                                        continue;
                                    }
                                }
                                reader.skipType(wireType, _depth, tag);
                                if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                            }
                            if (length !== $undefined) {
                                if (reader.pos !== end)
                                    throw $RangeError("index out of range");
                                reader.len = length;
                            }
                            if (_end !== $undefined)
                                throw $Error("missing end group");
                            return message;
                        };

                        ExportMetricsPartialSuccess.fromObject = function (object, _depth) {
                            if (object instanceof $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess)
                                return object;
                            if (!$util.isObject(object))
                                throw $TypeError(".opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess: object expected");
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let message = new $root.opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess();
                            if (object.rejectedDataPoints != null)
                                if (typeof object.rejectedDataPoints === "object" ? object.rejectedDataPoints.low || object.rejectedDataPoints.high : $Number(object.rejectedDataPoints) !== 0)
                                    if ($util.Long)
                                        message.rejectedDataPoints = $util.Long.fromValue(object.rejectedDataPoints, false);
                                    else if (typeof object.rejectedDataPoints === "string")
                                        message.rejectedDataPoints = $parseInt(object.rejectedDataPoints, 10);
                                    else if (typeof object.rejectedDataPoints === "number")
                                        message.rejectedDataPoints = object.rejectedDataPoints;
                                    else if (typeof object.rejectedDataPoints === "object")
                                        message.rejectedDataPoints = new $util.LongBits(object.rejectedDataPoints.low >>> 0, object.rejectedDataPoints.high >>> 0).toNumber();
                            if (object.errorMessage != null)
                                if (typeof object.errorMessage !== "string" || object.errorMessage.length)
                                    message.errorMessage = $String(object.errorMessage);
                            return message;
                        };

                        ExportMetricsPartialSuccess.toObject = function (message, options, _depth) {
                            if (!options)
                                options = {};
                            if (_depth === $undefined)
                                _depth = 0;
                            if (_depth > $util.recursionLimit)
                                throw $Error("max depth exceeded");
                            let object = {};
                            if (options.defaults) {
                                if ($util.Long) {
                                    let long = new $util.Long(0, 0, false);
                                    object.rejectedDataPoints = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                                } else
                                    object.rejectedDataPoints = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                                object.errorMessage = "";
                            }
                            if (message.rejectedDataPoints != null && $Object.hasOwnProperty.call(message, "rejectedDataPoints"))
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.rejectedDataPoints = typeof message.rejectedDataPoints === "number" ? $BigInt(message.rejectedDataPoints) : $util.Long.fromBits(message.rejectedDataPoints.low >>> 0, message.rejectedDataPoints.high >>> 0, false).toBigInt();
                                else if (typeof message.rejectedDataPoints === "number")
                                    object.rejectedDataPoints = options.longs === $String ? $String(message.rejectedDataPoints) : message.rejectedDataPoints;
                                else
                                    object.rejectedDataPoints = options.longs === $String ? $util.Long.prototype.toString.call(message.rejectedDataPoints) : options.longs === $Number ? new $util.LongBits(message.rejectedDataPoints.low >>> 0, message.rejectedDataPoints.high >>> 0).toNumber() : message.rejectedDataPoints;
                            if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage"))
                                object.errorMessage = message.errorMessage;
                            return object;
                        };

                        ExportMetricsPartialSuccess.prototype.toJSON = function() {
                            return ExportMetricsPartialSuccess.toObject(this, $protobuf.util.toJSONOptions);
                        };

                        ExportMetricsPartialSuccess.getTypeUrl = function(prefix) {
                            if (prefix === $undefined)
                                prefix = "type.googleapis.com";
                            return prefix + "/opentelemetry.proto.collector.metrics.v1.ExportMetricsPartialSuccess";
                        };

                        return ExportMetricsPartialSuccess;
                    })();

                    return v1;
                })();

                return metrics;
            })();

            return collector;
        })();

        return proto;
    })();

    return opentelemetry;
})();

export const io = $root.io = (() => {

    const io = {};

    io.prometheus = (function() {

        const prometheus = {};

        prometheus.write = (function() {

            const write = {};

            write.v2 = (function() {

                const v2 = {};

                v2.Request = (function() {

                    const Request = function (properties) {
                        this.symbols = [];
                        this.timeseries = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Request.prototype.symbols = $util.emptyArray;
                    Request.prototype.timeseries = $util.emptyArray;

                    Request.create = function(properties) {
                        return new Request(properties);
                    };

                    Request.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.symbols != null && message.symbols.length)
                            for (let i = 0; i < message.symbols.length; ++i)
                                writer.uint32(34).string(message.symbols[i]);
                        if (message.timeseries != null && message.timeseries.length)
                            for (let i = 0; i < message.timeseries.length; ++i)
                                $root.io.prometheus.write.v2.TimeSeries.encode(message.timeseries[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Request.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.io.prometheus.write.v2.Request();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.symbols && message.symbols.length))
                                        message.symbols = [];
                                    message.symbols.push(reader.stringVerify());
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.timeseries && message.timeseries.length))
                                        message.timeseries = [];
                                    message.timeseries.push($root.io.prometheus.write.v2.TimeSeries.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Request.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.prometheus.write.v2.Request)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.prometheus.write.v2.Request: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.prometheus.write.v2.Request();
                        if (object.symbols) {
                            if (!$Array.isArray(object.symbols))
                                throw $TypeError(".io.prometheus.write.v2.Request.symbols: array expected");
                            message.symbols = $Array(object.symbols.length);
                            for (let i = 0; i < object.symbols.length; ++i)
                                message.symbols[i] = $String(object.symbols[i]);
                        }
                        if (object.timeseries) {
                            if (!$Array.isArray(object.timeseries))
                                throw $TypeError(".io.prometheus.write.v2.Request.timeseries: array expected");
                            message.timeseries = $Array(object.timeseries.length);
                            for (let i = 0; i < object.timeseries.length; ++i) {
                                if (!$util.isObject(object.timeseries[i]))
                                    throw $TypeError(".io.prometheus.write.v2.Request.timeseries: object expected");
                                message.timeseries[i] = $root.io.prometheus.write.v2.TimeSeries.fromObject(object.timeseries[i], _depth + 1);
                            }
                        }
                        return message;
                    };

                    Request.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.symbols = [];
                            object.timeseries = [];
                        }
                        if (message.symbols && message.symbols.length) {
                            object.symbols = $Array(message.symbols.length);
                            for (let j = 0; j < message.symbols.length; ++j)
                                object.symbols[j] = message.symbols[j];
                        }
                        if (message.timeseries && message.timeseries.length) {
                            object.timeseries = $Array(message.timeseries.length);
                            for (let j = 0; j < message.timeseries.length; ++j)
                                object.timeseries[j] = $root.io.prometheus.write.v2.TimeSeries.toObject(message.timeseries[j], options, _depth + 1);
                        }
                        return object;
                    };

                    Request.prototype.toJSON = function() {
                        return Request.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Request.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/io.prometheus.write.v2.Request";
                    };

                    return Request;
                })();

                v2.TimeSeries = (function() {

                    const TimeSeries = function (properties) {
                        this.labelsRefs = [];
                        this.samples = [];
                        this.histograms = [];
                        this.exemplars = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    TimeSeries.prototype.labelsRefs = $util.emptyArray;
                    TimeSeries.prototype.samples = $util.emptyArray;
                    TimeSeries.prototype.histograms = $util.emptyArray;
                    TimeSeries.prototype.exemplars = $util.emptyArray;
                    TimeSeries.prototype.metadata = null;
                    TimeSeries.prototype.createdTimestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    TimeSeries.create = function(properties) {
                        return new TimeSeries(properties);
                    };

                    TimeSeries.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.labelsRefs != null && message.labelsRefs.length)
                            writer.uint32(10).uint32s(message.labelsRefs);
                        if (message.samples != null && message.samples.length)
                            for (let i = 0; i < message.samples.length; ++i)
                                $root.io.prometheus.write.v2.Sample.encode(message.samples[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                        if (message.histograms != null && message.histograms.length)
                            for (let i = 0; i < message.histograms.length; ++i)
                                $root.io.prometheus.write.v2.Histogram.encode(message.histograms[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                        if (message.exemplars != null && message.exemplars.length)
                            for (let i = 0; i < message.exemplars.length; ++i)
                                $root.io.prometheus.write.v2.Exemplar.encode(message.exemplars[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                        if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                            $root.io.prometheus.write.v2.Metadata.encode(message.metadata, writer.uint32(42).fork(), _depth + 1).ldelim();
                        if (message.createdTimestamp != null && $Object.hasOwnProperty.call(message, "createdTimestamp") && (typeof message.createdTimestamp === "object" ? message.createdTimestamp.low || message.createdTimestamp.high : message.createdTimestamp !== 0))
                            writer.uint32(48).int64(message.createdTimestamp);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    TimeSeries.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.io.prometheus.write.v2.TimeSeries();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType === 2) {
                                        if (!(message.labelsRefs && message.labelsRefs.length))
                                            message.labelsRefs = [];
                                        reader.uint32s(message.labelsRefs);
                                        continue;
                                    }
                                    if (wireType !== 0)
                                        break;
                                    if (!(message.labelsRefs && message.labelsRefs.length))
                                        message.labelsRefs = [];
                                    message.labelsRefs.push(reader.uint32());
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.samples && message.samples.length))
                                        message.samples = [];
                                    message.samples.push($root.io.prometheus.write.v2.Sample.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.histograms && message.histograms.length))
                                        message.histograms = [];
                                    message.histograms.push($root.io.prometheus.write.v2.Histogram.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.exemplars && message.exemplars.length))
                                        message.exemplars = [];
                                    message.exemplars.push($root.io.prometheus.write.v2.Exemplar.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 2)
                                        break;
                                    message.metadata = $root.io.prometheus.write.v2.Metadata.decode(reader, reader.size(), $undefined, _depth + 1, message.metadata);
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.createdTimestamp = value;
                                    else
                                        delete message.createdTimestamp;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    TimeSeries.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.prometheus.write.v2.TimeSeries)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.prometheus.write.v2.TimeSeries: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.prometheus.write.v2.TimeSeries();
                        if (object.labelsRefs) {
                            if (!$Array.isArray(object.labelsRefs))
                                throw $TypeError(".io.prometheus.write.v2.TimeSeries.labelsRefs: array expected");
                            message.labelsRefs = $Array(object.labelsRefs.length);
                            for (let i = 0; i < object.labelsRefs.length; ++i)
                                message.labelsRefs[i] = object.labelsRefs[i] >>> 0;
                        }
                        if (object.samples) {
                            if (!$Array.isArray(object.samples))
                                throw $TypeError(".io.prometheus.write.v2.TimeSeries.samples: array expected");
                            message.samples = $Array(object.samples.length);
                            for (let i = 0; i < object.samples.length; ++i) {
                                if (!$util.isObject(object.samples[i]))
                                    throw $TypeError(".io.prometheus.write.v2.TimeSeries.samples: object expected");
                                message.samples[i] = $root.io.prometheus.write.v2.Sample.fromObject(object.samples[i], _depth + 1);
                            }
                        }
                        if (object.histograms) {
                            if (!$Array.isArray(object.histograms))
                                throw $TypeError(".io.prometheus.write.v2.TimeSeries.histograms: array expected");
                            message.histograms = $Array(object.histograms.length);
                            for (let i = 0; i < object.histograms.length; ++i) {
                                if (!$util.isObject(object.histograms[i]))
                                    throw $TypeError(".io.prometheus.write.v2.TimeSeries.histograms: object expected");
                                message.histograms[i] = $root.io.prometheus.write.v2.Histogram.fromObject(object.histograms[i], _depth + 1);
                            }
                        }
                        if (object.exemplars) {
                            if (!$Array.isArray(object.exemplars))
                                throw $TypeError(".io.prometheus.write.v2.TimeSeries.exemplars: array expected");
                            message.exemplars = $Array(object.exemplars.length);
                            for (let i = 0; i < object.exemplars.length; ++i) {
                                if (!$util.isObject(object.exemplars[i]))
                                    throw $TypeError(".io.prometheus.write.v2.TimeSeries.exemplars: object expected");
                                message.exemplars[i] = $root.io.prometheus.write.v2.Exemplar.fromObject(object.exemplars[i], _depth + 1);
                            }
                        }
                        if (object.metadata != null) {
                            if (!$util.isObject(object.metadata))
                                throw $TypeError(".io.prometheus.write.v2.TimeSeries.metadata: object expected");
                            message.metadata = $root.io.prometheus.write.v2.Metadata.fromObject(object.metadata, _depth + 1);
                        }
                        if (object.createdTimestamp != null)
                            if (typeof object.createdTimestamp === "object" ? object.createdTimestamp.low || object.createdTimestamp.high : $Number(object.createdTimestamp) !== 0)
                                if ($util.Long)
                                    message.createdTimestamp = $util.Long.fromValue(object.createdTimestamp, false);
                                else if (typeof object.createdTimestamp === "string")
                                    message.createdTimestamp = $parseInt(object.createdTimestamp, 10);
                                else if (typeof object.createdTimestamp === "number")
                                    message.createdTimestamp = object.createdTimestamp;
                                else if (typeof object.createdTimestamp === "object")
                                    message.createdTimestamp = new $util.LongBits(object.createdTimestamp.low >>> 0, object.createdTimestamp.high >>> 0).toNumber();
                        return message;
                    };

                    TimeSeries.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.labelsRefs = [];
                            object.samples = [];
                            object.histograms = [];
                            object.exemplars = [];
                        }
                        if (options.defaults) {
                            object.metadata = null;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.createdTimestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.createdTimestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.labelsRefs && message.labelsRefs.length) {
                            object.labelsRefs = $Array(message.labelsRefs.length);
                            for (let j = 0; j < message.labelsRefs.length; ++j)
                                object.labelsRefs[j] = message.labelsRefs[j];
                        }
                        if (message.samples && message.samples.length) {
                            object.samples = $Array(message.samples.length);
                            for (let j = 0; j < message.samples.length; ++j)
                                object.samples[j] = $root.io.prometheus.write.v2.Sample.toObject(message.samples[j], options, _depth + 1);
                        }
                        if (message.histograms && message.histograms.length) {
                            object.histograms = $Array(message.histograms.length);
                            for (let j = 0; j < message.histograms.length; ++j)
                                object.histograms[j] = $root.io.prometheus.write.v2.Histogram.toObject(message.histograms[j], options, _depth + 1);
                        }
                        if (message.exemplars && message.exemplars.length) {
                            object.exemplars = $Array(message.exemplars.length);
                            for (let j = 0; j < message.exemplars.length; ++j)
                                object.exemplars[j] = $root.io.prometheus.write.v2.Exemplar.toObject(message.exemplars[j], options, _depth + 1);
                        }
                        if (message.metadata != null && $Object.hasOwnProperty.call(message, "metadata"))
                            object.metadata = $root.io.prometheus.write.v2.Metadata.toObject(message.metadata, options, _depth + 1);
                        if (message.createdTimestamp != null && $Object.hasOwnProperty.call(message, "createdTimestamp"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.createdTimestamp = typeof message.createdTimestamp === "number" ? $BigInt(message.createdTimestamp) : $util.Long.fromBits(message.createdTimestamp.low >>> 0, message.createdTimestamp.high >>> 0, false).toBigInt();
                            else if (typeof message.createdTimestamp === "number")
                                object.createdTimestamp = options.longs === $String ? $String(message.createdTimestamp) : message.createdTimestamp;
                            else
                                object.createdTimestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.createdTimestamp) : options.longs === $Number ? new $util.LongBits(message.createdTimestamp.low >>> 0, message.createdTimestamp.high >>> 0).toNumber() : message.createdTimestamp;
                        return object;
                    };

                    TimeSeries.prototype.toJSON = function() {
                        return TimeSeries.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    TimeSeries.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/io.prometheus.write.v2.TimeSeries";
                    };

                    return TimeSeries;
                })();

                v2.Exemplar = (function() {

                    const Exemplar = function (properties) {
                        this.labelsRefs = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Exemplar.prototype.labelsRefs = $util.emptyArray;
                    Exemplar.prototype.value = 0;
                    Exemplar.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    Exemplar.create = function(properties) {
                        return new Exemplar(properties);
                    };

                    Exemplar.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.labelsRefs != null && message.labelsRefs.length)
                            writer.uint32(10).uint32s(message.labelsRefs);
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                            writer.uint32(17).double(message.value);
                        if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                            writer.uint32(24).int64(message.timestamp);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Exemplar.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.io.prometheus.write.v2.Exemplar();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType === 2) {
                                        if (!(message.labelsRefs && message.labelsRefs.length))
                                            message.labelsRefs = [];
                                        reader.uint32s(message.labelsRefs);
                                        continue;
                                    }
                                    if (wireType !== 0)
                                        break;
                                    if (!(message.labelsRefs && message.labelsRefs.length))
                                        message.labelsRefs = [];
                                    message.labelsRefs.push(reader.uint32());
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 1)
                                        break;
                                    if (!$Object.is(value = reader.double(), 0))
                                        message.value = value;
                                    else
                                        delete message.value;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.timestamp = value;
                                    else
                                        delete message.timestamp;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Exemplar.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.prometheus.write.v2.Exemplar)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.prometheus.write.v2.Exemplar: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.prometheus.write.v2.Exemplar();
                        if (object.labelsRefs) {
                            if (!$Array.isArray(object.labelsRefs))
                                throw $TypeError(".io.prometheus.write.v2.Exemplar.labelsRefs: array expected");
                            message.labelsRefs = $Array(object.labelsRefs.length);
                            for (let i = 0; i < object.labelsRefs.length; ++i)
                                message.labelsRefs[i] = object.labelsRefs[i] >>> 0;
                        }
                        if (object.value != null)
                            if (!$Object.is($Number(object.value), 0))
                                message.value = $Number(object.value);
                        if (object.timestamp != null)
                            if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                                if ($util.Long)
                                    message.timestamp = $util.Long.fromValue(object.timestamp, false);
                                else if (typeof object.timestamp === "string")
                                    message.timestamp = $parseInt(object.timestamp, 10);
                                else if (typeof object.timestamp === "number")
                                    message.timestamp = object.timestamp;
                                else if (typeof object.timestamp === "object")
                                    message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                        return message;
                    };

                    Exemplar.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults)
                            object.labelsRefs = [];
                        if (options.defaults) {
                            object.value = 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.labelsRefs && message.labelsRefs.length) {
                            object.labelsRefs = $Array(message.labelsRefs.length);
                            for (let j = 0; j < message.labelsRefs.length; ++j)
                                object.labelsRefs[j] = message.labelsRefs[j];
                        }
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                            object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                        if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                            else if (typeof message.timestamp === "number")
                                object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                            else
                                object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                        return object;
                    };

                    Exemplar.prototype.toJSON = function() {
                        return Exemplar.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Exemplar.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/io.prometheus.write.v2.Exemplar";
                    };

                    return Exemplar;
                })();

                v2.Sample = (function() {

                    const Sample = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Sample.prototype.value = 0;
                    Sample.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                    Sample.create = function(properties) {
                        return new Sample(properties);
                    };

                    Sample.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                            writer.uint32(9).double(message.value);
                        if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                            writer.uint32(16).int64(message.timestamp);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Sample.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.io.prometheus.write.v2.Sample();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 1)
                                        break;
                                    if (!$Object.is(value = reader.double(), 0))
                                        message.value = value;
                                    else
                                        delete message.value;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.timestamp = value;
                                    else
                                        delete message.timestamp;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Sample.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.prometheus.write.v2.Sample)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.prometheus.write.v2.Sample: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.prometheus.write.v2.Sample();
                        if (object.value != null)
                            if (!$Object.is($Number(object.value), 0))
                                message.value = $Number(object.value);
                        if (object.timestamp != null)
                            if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                                if ($util.Long)
                                    message.timestamp = $util.Long.fromValue(object.timestamp, false);
                                else if (typeof object.timestamp === "string")
                                    message.timestamp = $parseInt(object.timestamp, 10);
                                else if (typeof object.timestamp === "number")
                                    message.timestamp = object.timestamp;
                                else if (typeof object.timestamp === "object")
                                    message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                        return message;
                    };

                    Sample.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.value = 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                            object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                        if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                            else if (typeof message.timestamp === "number")
                                object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                            else
                                object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                        return object;
                    };

                    Sample.prototype.toJSON = function() {
                        return Sample.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Sample.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/io.prometheus.write.v2.Sample";
                    };

                    return Sample;
                })();

                v2.Metadata = (function() {

                    const Metadata = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Metadata.prototype.type = 0;
                    Metadata.prototype.helpRef = 0;
                    Metadata.prototype.unitRef = 0;

                    Metadata.create = function(properties) {
                        return new Metadata(properties);
                    };

                    Metadata.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                            writer.uint32(8).int32(message.type);
                        if (message.helpRef != null && $Object.hasOwnProperty.call(message, "helpRef") && message.helpRef !== 0)
                            writer.uint32(24).uint32(message.helpRef);
                        if (message.unitRef != null && $Object.hasOwnProperty.call(message, "unitRef") && message.unitRef !== 0)
                            writer.uint32(32).uint32(message.unitRef);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Metadata.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.io.prometheus.write.v2.Metadata();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.type = value;
                                    else
                                        delete message.type;
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.helpRef = value;
                                    else
                                        delete message.helpRef;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.unitRef = value;
                                    else
                                        delete message.unitRef;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Metadata.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.prometheus.write.v2.Metadata)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.prometheus.write.v2.Metadata: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.prometheus.write.v2.Metadata();
                        if (object.type !== 0 && (typeof object.type !== "string" || $root.io.prometheus.write.v2.Metadata.MetricType[object.type] !== 0))
                            switch (object.type) {
                            case "METRIC_TYPE_UNSPECIFIED":
                            case 0:
                                message.type = 0;
                                break;
                            case "METRIC_TYPE_COUNTER":
                            case 1:
                                message.type = 1;
                                break;
                            case "METRIC_TYPE_GAUGE":
                            case 2:
                                message.type = 2;
                                break;
                            case "METRIC_TYPE_HISTOGRAM":
                            case 3:
                                message.type = 3;
                                break;
                            case "METRIC_TYPE_GAUGEHISTOGRAM":
                            case 4:
                                message.type = 4;
                                break;
                            case "METRIC_TYPE_SUMMARY":
                            case 5:
                                message.type = 5;
                                break;
                            case "METRIC_TYPE_INFO":
                            case 6:
                                message.type = 6;
                                break;
                            case "METRIC_TYPE_STATESET":
                            case 7:
                                message.type = 7;
                                break;
                            default:
                                if (typeof object.type === "number" && (object.type | 0) === object.type)
                                    message.type = object.type;
                            }
                        if (object.helpRef != null)
                            if ($Number(object.helpRef) !== 0)
                                message.helpRef = object.helpRef >>> 0;
                        if (object.unitRef != null)
                            if ($Number(object.unitRef) !== 0)
                                message.unitRef = object.unitRef >>> 0;
                        return message;
                    };

                    Metadata.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.type = options.enums === $String ? "METRIC_TYPE_UNSPECIFIED" : 0;
                            object.helpRef = 0;
                            object.unitRef = 0;
                        }
                        if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                            object.type = options.enums === $String ? $root.io.prometheus.write.v2.Metadata.MetricType[message.type] === $undefined ? message.type : $root.io.prometheus.write.v2.Metadata.MetricType[message.type] : message.type;
                        if (message.helpRef != null && $Object.hasOwnProperty.call(message, "helpRef"))
                            object.helpRef = message.helpRef;
                        if (message.unitRef != null && $Object.hasOwnProperty.call(message, "unitRef"))
                            object.unitRef = message.unitRef;
                        return object;
                    };

                    Metadata.prototype.toJSON = function() {
                        return Metadata.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Metadata.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/io.prometheus.write.v2.Metadata";
                    };

                    Metadata.MetricType = (function() {
                        const valuesById = $Object.create(null), values = $Object.create(valuesById);
                        values[valuesById[0] = "METRIC_TYPE_UNSPECIFIED"] = 0;
                        values[valuesById[1] = "METRIC_TYPE_COUNTER"] = 1;
                        values[valuesById[2] = "METRIC_TYPE_GAUGE"] = 2;
                        values[valuesById[3] = "METRIC_TYPE_HISTOGRAM"] = 3;
                        values[valuesById[4] = "METRIC_TYPE_GAUGEHISTOGRAM"] = 4;
                        values[valuesById[5] = "METRIC_TYPE_SUMMARY"] = 5;
                        values[valuesById[6] = "METRIC_TYPE_INFO"] = 6;
                        values[valuesById[7] = "METRIC_TYPE_STATESET"] = 7;
                        return values;
                    })();

                    return Metadata;
                })();

                v2.BucketSpan = (function() {

                    const BucketSpan = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    BucketSpan.prototype.offset = 0;
                    BucketSpan.prototype.length = 0;

                    BucketSpan.create = function(properties) {
                        return new BucketSpan(properties);
                    };

                    BucketSpan.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && message.offset !== 0)
                            writer.uint32(8).sint32(message.offset);
                        if (message.length != null && $Object.hasOwnProperty.call(message, "length") && message.length !== 0)
                            writer.uint32(16).uint32(message.length);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    BucketSpan.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.io.prometheus.write.v2.BucketSpan();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.sint32())
                                        message.offset = value;
                                    else
                                        delete message.offset;
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.uint32())
                                        message.length = value;
                                    else
                                        delete message.length;
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    BucketSpan.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.prometheus.write.v2.BucketSpan)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.prometheus.write.v2.BucketSpan: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.prometheus.write.v2.BucketSpan();
                        if (object.offset != null)
                            if ($Number(object.offset) !== 0)
                                message.offset = object.offset | 0;
                        if (object.length != null)
                            if ($Number(object.length) !== 0)
                                message.length = object.length >>> 0;
                        return message;
                    };

                    BucketSpan.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.defaults) {
                            object.offset = 0;
                            object.length = 0;
                        }
                        if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                            object.offset = message.offset;
                        if (message.length != null && $Object.hasOwnProperty.call(message, "length"))
                            object.length = message.length;
                        return object;
                    };

                    BucketSpan.prototype.toJSON = function() {
                        return BucketSpan.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    BucketSpan.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/io.prometheus.write.v2.BucketSpan";
                    };

                    return BucketSpan;
                })();

                v2.Histogram = (function() {

                    const Histogram = function (properties) {
                        this.negativeSpans = [];
                        this.negativeDeltas = [];
                        this.negativeCounts = [];
                        this.positiveSpans = [];
                        this.positiveDeltas = [];
                        this.positiveCounts = [];
                        this.customValues = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    Histogram.prototype.countInt = null;
                    Histogram.prototype.countFloat = null;
                    Histogram.prototype.sum = 0;
                    Histogram.prototype.schema = 0;
                    Histogram.prototype.zeroThreshold = 0;
                    Histogram.prototype.zeroCountInt = null;
                    Histogram.prototype.zeroCountFloat = null;
                    Histogram.prototype.negativeSpans = $util.emptyArray;
                    Histogram.prototype.negativeDeltas = $util.emptyArray;
                    Histogram.prototype.negativeCounts = $util.emptyArray;
                    Histogram.prototype.positiveSpans = $util.emptyArray;
                    Histogram.prototype.positiveDeltas = $util.emptyArray;
                    Histogram.prototype.positiveCounts = $util.emptyArray;
                    Histogram.prototype.resetHint = 0;
                    Histogram.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
                    Histogram.prototype.customValues = $util.emptyArray;

                    let $oneOfFields;

                    $Object.defineProperty(Histogram.prototype, "count", {
                        get: $util.oneOfGetter($oneOfFields = ["countInt", "countFloat"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    $Object.defineProperty(Histogram.prototype, "zeroCount", {
                        get: $util.oneOfGetter($oneOfFields = ["zeroCountInt", "zeroCountFloat"]),
                        set: $util.oneOfSetter($oneOfFields)
                    });

                    Histogram.create = function(properties) {
                        return new Histogram(properties);
                    };

                    Histogram.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.countInt != null && $Object.hasOwnProperty.call(message, "countInt"))
                            writer.uint32(8).uint64(message.countInt);
                        if (message.countFloat != null && $Object.hasOwnProperty.call(message, "countFloat"))
                            writer.uint32(17).double(message.countFloat);
                        if (message.sum != null && $Object.hasOwnProperty.call(message, "sum") && !$Object.is(message.sum, 0))
                            writer.uint32(25).double(message.sum);
                        if (message.schema != null && $Object.hasOwnProperty.call(message, "schema") && message.schema !== 0)
                            writer.uint32(32).sint32(message.schema);
                        if (message.zeroThreshold != null && $Object.hasOwnProperty.call(message, "zeroThreshold") && !$Object.is(message.zeroThreshold, 0))
                            writer.uint32(41).double(message.zeroThreshold);
                        if (message.zeroCountInt != null && $Object.hasOwnProperty.call(message, "zeroCountInt"))
                            writer.uint32(48).uint64(message.zeroCountInt);
                        if (message.zeroCountFloat != null && $Object.hasOwnProperty.call(message, "zeroCountFloat"))
                            writer.uint32(57).double(message.zeroCountFloat);
                        if (message.negativeSpans != null && message.negativeSpans.length)
                            for (let i = 0; i < message.negativeSpans.length; ++i)
                                $root.io.prometheus.write.v2.BucketSpan.encode(message.negativeSpans[i], writer.uint32(66).fork(), _depth + 1).ldelim();
                        if (message.negativeDeltas != null && message.negativeDeltas.length)
                            writer.uint32(74).sint64s(message.negativeDeltas);
                        if (message.negativeCounts != null && message.negativeCounts.length)
                            writer.uint32(82).doubles(message.negativeCounts);
                        if (message.positiveSpans != null && message.positiveSpans.length)
                            for (let i = 0; i < message.positiveSpans.length; ++i)
                                $root.io.prometheus.write.v2.BucketSpan.encode(message.positiveSpans[i], writer.uint32(90).fork(), _depth + 1).ldelim();
                        if (message.positiveDeltas != null && message.positiveDeltas.length)
                            writer.uint32(98).sint64s(message.positiveDeltas);
                        if (message.positiveCounts != null && message.positiveCounts.length)
                            writer.uint32(106).doubles(message.positiveCounts);
                        if (message.resetHint != null && $Object.hasOwnProperty.call(message, "resetHint") && message.resetHint !== 0)
                            writer.uint32(112).int32(message.resetHint);
                        if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp") && (typeof message.timestamp === "object" ? message.timestamp.low || message.timestamp.high : message.timestamp !== 0))
                            writer.uint32(120).int64(message.timestamp);
                        if (message.customValues != null && message.customValues.length)
                            writer.uint32(130).doubles(message.customValues);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    Histogram.decode = function (reader, length, _end, _depth, _target) {
                        if (!(reader instanceof $Reader))
                            reader = $Reader.create(reader);
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $Reader.recursionLimit)
                            throw $Error("max depth exceeded");
                        let end, message, value;
                        if (length === $undefined)
                            end = reader.len;
                        else {
                            end = reader.pos + length;
                            if (end > reader.len)
                                throw $RangeError("index out of range");
                            length = reader.len;
                            reader.len = end;
                        }
                        message = _target || new $root.io.prometheus.write.v2.Histogram();
                        while (reader.pos < end) {
                            let start = reader.pos;
                            let tag = reader.tag();
                            if (tag === _end) {
                                _end = $undefined;
                                break;
                            }
                            let wireType = tag & 7;
                            switch (tag >>>= 3) {
                            case 1: {
                                    if (wireType !== 0)
                                        break;
                                    message.countInt = reader.uint64();
                                    message.count = "countInt";
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 1)
                                        break;
                                    message.countFloat = reader.double();
                                    message.count = "countFloat";
                                    continue;
                                }
                            case 3: {
                                    if (wireType !== 1)
                                        break;
                                    if (!$Object.is(value = reader.double(), 0))
                                        message.sum = value;
                                    else
                                        delete message.sum;
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.sint32())
                                        message.schema = value;
                                    else
                                        delete message.schema;
                                    continue;
                                }
                            case 5: {
                                    if (wireType !== 1)
                                        break;
                                    if (!$Object.is(value = reader.double(), 0))
                                        message.zeroThreshold = value;
                                    else
                                        delete message.zeroThreshold;
                                    continue;
                                }
                            case 6: {
                                    if (wireType !== 0)
                                        break;
                                    message.zeroCountInt = reader.uint64();
                                    message.zeroCount = "zeroCountInt";
                                    continue;
                                }
                            case 7: {
                                    if (wireType !== 1)
                                        break;
                                    message.zeroCountFloat = reader.double();
                                    message.zeroCount = "zeroCountFloat";
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.negativeSpans && message.negativeSpans.length))
                                        message.negativeSpans = [];
                                    message.negativeSpans.push($root.io.prometheus.write.v2.BucketSpan.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 9: {
                                    if (wireType === 2) {
                                        if (!(message.negativeDeltas && message.negativeDeltas.length))
                                            message.negativeDeltas = [];
                                        reader.sint64s(message.negativeDeltas);
                                        continue;
                                    }
                                    if (wireType !== 0)
                                        break;
                                    if (!(message.negativeDeltas && message.negativeDeltas.length))
                                        message.negativeDeltas = [];
                                    message.negativeDeltas.push(reader.sint64());
                                    continue;
                                }
                            case 10: {
                                    if (wireType === 2) {
                                        if (!(message.negativeCounts && message.negativeCounts.length))
                                            message.negativeCounts = [];
                                        reader.doubles(message.negativeCounts);
                                        continue;
                                    }
                                    if (wireType !== 1)
                                        break;
                                    if (!(message.negativeCounts && message.negativeCounts.length))
                                        message.negativeCounts = [];
                                    message.negativeCounts.push(reader.double());
                                    continue;
                                }
                            case 11: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.positiveSpans && message.positiveSpans.length))
                                        message.positiveSpans = [];
                                    message.positiveSpans.push($root.io.prometheus.write.v2.BucketSpan.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 12: {
                                    if (wireType === 2) {
                                        if (!(message.positiveDeltas && message.positiveDeltas.length))
                                            message.positiveDeltas = [];
                                        reader.sint64s(message.positiveDeltas);
                                        continue;
                                    }
                                    if (wireType !== 0)
                                        break;
                                    if (!(message.positiveDeltas && message.positiveDeltas.length))
                                        message.positiveDeltas = [];
                                    message.positiveDeltas.push(reader.sint64());
                                    continue;
                                }
                            case 13: {
                                    if (wireType === 2) {
                                        if (!(message.positiveCounts && message.positiveCounts.length))
                                            message.positiveCounts = [];
                                        reader.doubles(message.positiveCounts);
                                        continue;
                                    }
                                    if (wireType !== 1)
                                        break;
                                    if (!(message.positiveCounts && message.positiveCounts.length))
                                        message.positiveCounts = [];
                                    message.positiveCounts.push(reader.double());
                                    continue;
                                }
                            case 14: {
                                    if (wireType !== 0)
                                        break;
                                    if (value = reader.int32())
                                        message.resetHint = value;
                                    else
                                        delete message.resetHint;
                                    continue;
                                }
                            case 15: {
                                    if (wireType !== 0)
                                        break;
                                    if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                        message.timestamp = value;
                                    else
                                        delete message.timestamp;
                                    continue;
                                }
                            case 16: {
                                    if (wireType === 2) {
                                        if (!(message.customValues && message.customValues.length))
                                            message.customValues = [];
                                        reader.doubles(message.customValues);
                                        continue;
                                    }
                                    if (wireType !== 1)
                                        break;
                                    if (!(message.customValues && message.customValues.length))
                                        message.customValues = [];
                                    message.customValues.push(reader.double());
                                    continue;
                                }
                            }
                            reader.skipType(wireType, _depth, tag);
                            if (!reader.discardUnknown) {
                                $util.makeProp(message, "$unknowns", false);
                                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                            }
                        }
                        if (length !== $undefined) {
                            if (reader.pos !== end)
                                throw $RangeError("index out of range");
                            reader.len = length;
                        }
                        if (_end !== $undefined)
                            throw $Error("missing end group");
                        return message;
                    };

                    Histogram.fromObject = function (object, _depth) {
                        if (object instanceof $root.io.prometheus.write.v2.Histogram)
                            return object;
                        if (!$util.isObject(object))
                            throw $TypeError(".io.prometheus.write.v2.Histogram: object expected");
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let message = new $root.io.prometheus.write.v2.Histogram();
                        if (object.countInt != null)
                            if ($util.Long)
                                message.countInt = $util.Long.fromValue(object.countInt, true);
                            else if (typeof object.countInt === "string")
                                message.countInt = $parseInt(object.countInt, 10);
                            else if (typeof object.countInt === "number")
                                message.countInt = object.countInt;
                            else if (typeof object.countInt === "object")
                                message.countInt = new $util.LongBits(object.countInt.low >>> 0, object.countInt.high >>> 0).toNumber(true);
                        if (object.countFloat != null)
                            message.countFloat = $Number(object.countFloat);
                        if (object.sum != null)
                            if (!$Object.is($Number(object.sum), 0))
                                message.sum = $Number(object.sum);
                        if (object.schema != null)
                            if ($Number(object.schema) !== 0)
                                message.schema = object.schema | 0;
                        if (object.zeroThreshold != null)
                            if (!$Object.is($Number(object.zeroThreshold), 0))
                                message.zeroThreshold = $Number(object.zeroThreshold);
                        if (object.zeroCountInt != null)
                            if ($util.Long)
                                message.zeroCountInt = $util.Long.fromValue(object.zeroCountInt, true);
                            else if (typeof object.zeroCountInt === "string")
                                message.zeroCountInt = $parseInt(object.zeroCountInt, 10);
                            else if (typeof object.zeroCountInt === "number")
                                message.zeroCountInt = object.zeroCountInt;
                            else if (typeof object.zeroCountInt === "object")
                                message.zeroCountInt = new $util.LongBits(object.zeroCountInt.low >>> 0, object.zeroCountInt.high >>> 0).toNumber(true);
                        if (object.zeroCountFloat != null)
                            message.zeroCountFloat = $Number(object.zeroCountFloat);
                        if (object.negativeSpans) {
                            if (!$Array.isArray(object.negativeSpans))
                                throw $TypeError(".io.prometheus.write.v2.Histogram.negativeSpans: array expected");
                            message.negativeSpans = $Array(object.negativeSpans.length);
                            for (let i = 0; i < object.negativeSpans.length; ++i) {
                                if (!$util.isObject(object.negativeSpans[i]))
                                    throw $TypeError(".io.prometheus.write.v2.Histogram.negativeSpans: object expected");
                                message.negativeSpans[i] = $root.io.prometheus.write.v2.BucketSpan.fromObject(object.negativeSpans[i], _depth + 1);
                            }
                        }
                        if (object.negativeDeltas) {
                            if (!$Array.isArray(object.negativeDeltas))
                                throw $TypeError(".io.prometheus.write.v2.Histogram.negativeDeltas: array expected");
                            message.negativeDeltas = $Array(object.negativeDeltas.length);
                            for (let i = 0; i < object.negativeDeltas.length; ++i)
                                if ($util.Long)
                                    message.negativeDeltas[i] = $util.Long.fromValue(object.negativeDeltas[i], false);
                                else if (typeof object.negativeDeltas[i] === "string")
                                    message.negativeDeltas[i] = $parseInt(object.negativeDeltas[i], 10);
                                else if (typeof object.negativeDeltas[i] === "number")
                                    message.negativeDeltas[i] = object.negativeDeltas[i];
                                else if (typeof object.negativeDeltas[i] === "object")
                                    message.negativeDeltas[i] = new $util.LongBits(object.negativeDeltas[i].low >>> 0, object.negativeDeltas[i].high >>> 0).toNumber();
                        }
                        if (object.negativeCounts) {
                            if (!$Array.isArray(object.negativeCounts))
                                throw $TypeError(".io.prometheus.write.v2.Histogram.negativeCounts: array expected");
                            message.negativeCounts = $Array(object.negativeCounts.length);
                            for (let i = 0; i < object.negativeCounts.length; ++i)
                                message.negativeCounts[i] = $Number(object.negativeCounts[i]);
                        }
                        if (object.positiveSpans) {
                            if (!$Array.isArray(object.positiveSpans))
                                throw $TypeError(".io.prometheus.write.v2.Histogram.positiveSpans: array expected");
                            message.positiveSpans = $Array(object.positiveSpans.length);
                            for (let i = 0; i < object.positiveSpans.length; ++i) {
                                if (!$util.isObject(object.positiveSpans[i]))
                                    throw $TypeError(".io.prometheus.write.v2.Histogram.positiveSpans: object expected");
                                message.positiveSpans[i] = $root.io.prometheus.write.v2.BucketSpan.fromObject(object.positiveSpans[i], _depth + 1);
                            }
                        }
                        if (object.positiveDeltas) {
                            if (!$Array.isArray(object.positiveDeltas))
                                throw $TypeError(".io.prometheus.write.v2.Histogram.positiveDeltas: array expected");
                            message.positiveDeltas = $Array(object.positiveDeltas.length);
                            for (let i = 0; i < object.positiveDeltas.length; ++i)
                                if ($util.Long)
                                    message.positiveDeltas[i] = $util.Long.fromValue(object.positiveDeltas[i], false);
                                else if (typeof object.positiveDeltas[i] === "string")
                                    message.positiveDeltas[i] = $parseInt(object.positiveDeltas[i], 10);
                                else if (typeof object.positiveDeltas[i] === "number")
                                    message.positiveDeltas[i] = object.positiveDeltas[i];
                                else if (typeof object.positiveDeltas[i] === "object")
                                    message.positiveDeltas[i] = new $util.LongBits(object.positiveDeltas[i].low >>> 0, object.positiveDeltas[i].high >>> 0).toNumber();
                        }
                        if (object.positiveCounts) {
                            if (!$Array.isArray(object.positiveCounts))
                                throw $TypeError(".io.prometheus.write.v2.Histogram.positiveCounts: array expected");
                            message.positiveCounts = $Array(object.positiveCounts.length);
                            for (let i = 0; i < object.positiveCounts.length; ++i)
                                message.positiveCounts[i] = $Number(object.positiveCounts[i]);
                        }
                        if (object.resetHint !== 0 && (typeof object.resetHint !== "string" || $root.io.prometheus.write.v2.Histogram.ResetHint[object.resetHint] !== 0))
                            switch (object.resetHint) {
                            case "RESET_HINT_UNSPECIFIED":
                            case 0:
                                message.resetHint = 0;
                                break;
                            case "RESET_HINT_YES":
                            case 1:
                                message.resetHint = 1;
                                break;
                            case "RESET_HINT_NO":
                            case 2:
                                message.resetHint = 2;
                                break;
                            case "RESET_HINT_GAUGE":
                            case 3:
                                message.resetHint = 3;
                                break;
                            default:
                                if (typeof object.resetHint === "number" && (object.resetHint | 0) === object.resetHint)
                                    message.resetHint = object.resetHint;
                            }
                        if (object.timestamp != null)
                            if (typeof object.timestamp === "object" ? object.timestamp.low || object.timestamp.high : $Number(object.timestamp) !== 0)
                                if ($util.Long)
                                    message.timestamp = $util.Long.fromValue(object.timestamp, false);
                                else if (typeof object.timestamp === "string")
                                    message.timestamp = $parseInt(object.timestamp, 10);
                                else if (typeof object.timestamp === "number")
                                    message.timestamp = object.timestamp;
                                else if (typeof object.timestamp === "object")
                                    message.timestamp = new $util.LongBits(object.timestamp.low >>> 0, object.timestamp.high >>> 0).toNumber();
                        if (object.customValues) {
                            if (!$Array.isArray(object.customValues))
                                throw $TypeError(".io.prometheus.write.v2.Histogram.customValues: array expected");
                            message.customValues = $Array(object.customValues.length);
                            for (let i = 0; i < object.customValues.length; ++i)
                                message.customValues[i] = $Number(object.customValues[i]);
                        }
                        return message;
                    };

                    Histogram.toObject = function (message, options, _depth) {
                        if (!options)
                            options = {};
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        let object = {};
                        if (options.arrays || options.defaults) {
                            object.negativeSpans = [];
                            object.negativeDeltas = [];
                            object.negativeCounts = [];
                            object.positiveSpans = [];
                            object.positiveDeltas = [];
                            object.positiveCounts = [];
                            object.customValues = [];
                        }
                        if (options.defaults) {
                            object.sum = 0;
                            object.schema = 0;
                            object.zeroThreshold = 0;
                            object.resetHint = options.enums === $String ? "RESET_HINT_UNSPECIFIED" : 0;
                            if ($util.Long) {
                                let long = new $util.Long(0, 0, false);
                                object.timestamp = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                            } else
                                object.timestamp = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                        }
                        if (message.countInt != null && $Object.hasOwnProperty.call(message, "countInt")) {
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.countInt = typeof message.countInt === "number" ? $BigInt(message.countInt) : $util.Long.fromBits(message.countInt.low >>> 0, message.countInt.high >>> 0, true).toBigInt();
                            else if (typeof message.countInt === "number")
                                object.countInt = options.longs === $String ? $String(message.countInt) : message.countInt;
                            else
                                object.countInt = options.longs === $String ? $util.Long.prototype.toString.call(message.countInt) : options.longs === $Number ? new $util.LongBits(message.countInt.low >>> 0, message.countInt.high >>> 0).toNumber(true) : message.countInt;
                            if (options.oneofs)
                                object.count = "countInt";
                        }
                        if (message.countFloat != null && $Object.hasOwnProperty.call(message, "countFloat")) {
                            object.countFloat = options.json && !$isFinite(message.countFloat) ? $String(message.countFloat) : message.countFloat;
                            if (options.oneofs)
                                object.count = "countFloat";
                        }
                        if (message.sum != null && $Object.hasOwnProperty.call(message, "sum"))
                            object.sum = options.json && !$isFinite(message.sum) ? $String(message.sum) : message.sum;
                        if (message.schema != null && $Object.hasOwnProperty.call(message, "schema"))
                            object.schema = message.schema;
                        if (message.zeroThreshold != null && $Object.hasOwnProperty.call(message, "zeroThreshold"))
                            object.zeroThreshold = options.json && !$isFinite(message.zeroThreshold) ? $String(message.zeroThreshold) : message.zeroThreshold;
                        if (message.zeroCountInt != null && $Object.hasOwnProperty.call(message, "zeroCountInt")) {
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.zeroCountInt = typeof message.zeroCountInt === "number" ? $BigInt(message.zeroCountInt) : $util.Long.fromBits(message.zeroCountInt.low >>> 0, message.zeroCountInt.high >>> 0, true).toBigInt();
                            else if (typeof message.zeroCountInt === "number")
                                object.zeroCountInt = options.longs === $String ? $String(message.zeroCountInt) : message.zeroCountInt;
                            else
                                object.zeroCountInt = options.longs === $String ? $util.Long.prototype.toString.call(message.zeroCountInt) : options.longs === $Number ? new $util.LongBits(message.zeroCountInt.low >>> 0, message.zeroCountInt.high >>> 0).toNumber(true) : message.zeroCountInt;
                            if (options.oneofs)
                                object.zeroCount = "zeroCountInt";
                        }
                        if (message.zeroCountFloat != null && $Object.hasOwnProperty.call(message, "zeroCountFloat")) {
                            object.zeroCountFloat = options.json && !$isFinite(message.zeroCountFloat) ? $String(message.zeroCountFloat) : message.zeroCountFloat;
                            if (options.oneofs)
                                object.zeroCount = "zeroCountFloat";
                        }
                        if (message.negativeSpans && message.negativeSpans.length) {
                            object.negativeSpans = $Array(message.negativeSpans.length);
                            for (let j = 0; j < message.negativeSpans.length; ++j)
                                object.negativeSpans[j] = $root.io.prometheus.write.v2.BucketSpan.toObject(message.negativeSpans[j], options, _depth + 1);
                        }
                        if (message.negativeDeltas && message.negativeDeltas.length) {
                            object.negativeDeltas = $Array(message.negativeDeltas.length);
                            for (let j = 0; j < message.negativeDeltas.length; ++j)
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.negativeDeltas[j] = typeof message.negativeDeltas[j] === "number" ? $BigInt(message.negativeDeltas[j]) : $util.Long.fromBits(message.negativeDeltas[j].low >>> 0, message.negativeDeltas[j].high >>> 0, false).toBigInt();
                                else if (typeof message.negativeDeltas[j] === "number")
                                    object.negativeDeltas[j] = options.longs === $String ? $String(message.negativeDeltas[j]) : message.negativeDeltas[j];
                                else
                                    object.negativeDeltas[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.negativeDeltas[j]) : options.longs === $Number ? new $util.LongBits(message.negativeDeltas[j].low >>> 0, message.negativeDeltas[j].high >>> 0).toNumber() : message.negativeDeltas[j];
                        }
                        if (message.negativeCounts && message.negativeCounts.length) {
                            object.negativeCounts = $Array(message.negativeCounts.length);
                            for (let j = 0; j < message.negativeCounts.length; ++j)
                                object.negativeCounts[j] = options.json && !$isFinite(message.negativeCounts[j]) ? $String(message.negativeCounts[j]) : message.negativeCounts[j];
                        }
                        if (message.positiveSpans && message.positiveSpans.length) {
                            object.positiveSpans = $Array(message.positiveSpans.length);
                            for (let j = 0; j < message.positiveSpans.length; ++j)
                                object.positiveSpans[j] = $root.io.prometheus.write.v2.BucketSpan.toObject(message.positiveSpans[j], options, _depth + 1);
                        }
                        if (message.positiveDeltas && message.positiveDeltas.length) {
                            object.positiveDeltas = $Array(message.positiveDeltas.length);
                            for (let j = 0; j < message.positiveDeltas.length; ++j)
                                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                    object.positiveDeltas[j] = typeof message.positiveDeltas[j] === "number" ? $BigInt(message.positiveDeltas[j]) : $util.Long.fromBits(message.positiveDeltas[j].low >>> 0, message.positiveDeltas[j].high >>> 0, false).toBigInt();
                                else if (typeof message.positiveDeltas[j] === "number")
                                    object.positiveDeltas[j] = options.longs === $String ? $String(message.positiveDeltas[j]) : message.positiveDeltas[j];
                                else
                                    object.positiveDeltas[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.positiveDeltas[j]) : options.longs === $Number ? new $util.LongBits(message.positiveDeltas[j].low >>> 0, message.positiveDeltas[j].high >>> 0).toNumber() : message.positiveDeltas[j];
                        }
                        if (message.positiveCounts && message.positiveCounts.length) {
                            object.positiveCounts = $Array(message.positiveCounts.length);
                            for (let j = 0; j < message.positiveCounts.length; ++j)
                                object.positiveCounts[j] = options.json && !$isFinite(message.positiveCounts[j]) ? $String(message.positiveCounts[j]) : message.positiveCounts[j];
                        }
                        if (message.resetHint != null && $Object.hasOwnProperty.call(message, "resetHint"))
                            object.resetHint = options.enums === $String ? $root.io.prometheus.write.v2.Histogram.ResetHint[message.resetHint] === $undefined ? message.resetHint : $root.io.prometheus.write.v2.Histogram.ResetHint[message.resetHint] : message.resetHint;
                        if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                            if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                                object.timestamp = typeof message.timestamp === "number" ? $BigInt(message.timestamp) : $util.Long.fromBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0, false).toBigInt();
                            else if (typeof message.timestamp === "number")
                                object.timestamp = options.longs === $String ? $String(message.timestamp) : message.timestamp;
                            else
                                object.timestamp = options.longs === $String ? $util.Long.prototype.toString.call(message.timestamp) : options.longs === $Number ? new $util.LongBits(message.timestamp.low >>> 0, message.timestamp.high >>> 0).toNumber() : message.timestamp;
                        if (message.customValues && message.customValues.length) {
                            object.customValues = $Array(message.customValues.length);
                            for (let j = 0; j < message.customValues.length; ++j)
                                object.customValues[j] = options.json && !$isFinite(message.customValues[j]) ? $String(message.customValues[j]) : message.customValues[j];
                        }
                        return object;
                    };

                    Histogram.prototype.toJSON = function() {
                        return Histogram.toObject(this, $protobuf.util.toJSONOptions);
                    };

                    Histogram.getTypeUrl = function(prefix) {
                        if (prefix === $undefined)
                            prefix = "type.googleapis.com";
                        return prefix + "/io.prometheus.write.v2.Histogram";
                    };

                    Histogram.ResetHint = (function() {
                        const valuesById = $Object.create(null), values = $Object.create(valuesById);
                        values[valuesById[0] = "RESET_HINT_UNSPECIFIED"] = 0;
                        values[valuesById[1] = "RESET_HINT_YES"] = 1;
                        values[valuesById[2] = "RESET_HINT_NO"] = 2;
                        values[valuesById[3] = "RESET_HINT_GAUGE"] = 3;
                        return values;
                    })();

                    return Histogram;
                })();

                return v2;
            })();

            return write;
        })();

        return prometheus;
    })();

    return io;
})();

export const google = $root.google = (() => {

    const google = {};

    google.rpc = (function() {

        const rpc = {};

        rpc.Status = (function() {

            const Status = function (properties) {
                this.details = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Status.prototype.code = 0;
            Status.prototype.message = "";
            Status.prototype.details = $util.emptyArray;

            Status.create = function(properties) {
                return new Status(properties);
            };

            Status.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(18).string(message.message);
                if (message.details != null && message.details.length)
                    for (let i = 0; i < message.details.length; ++i)
                        $root.google.rpc.Any.encode(message.details[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Status.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.rpc.Status();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.details && message.details.length))
                                message.details = [];
                            message.details.push($root.google.rpc.Any.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Status.fromObject = function (object, _depth) {
                if (object instanceof $root.google.rpc.Status)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.rpc.Status: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.rpc.Status();
                if (object.code != null)
                    if ($Number(object.code) !== 0)
                        message.code = object.code | 0;
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.details) {
                    if (!$Array.isArray(object.details))
                        throw $TypeError(".google.rpc.Status.details: array expected");
                    message.details = $Array(object.details.length);
                    for (let i = 0; i < object.details.length; ++i) {
                        if (!$util.isObject(object.details[i]))
                            throw $TypeError(".google.rpc.Status.details: object expected");
                        message.details[i] = $root.google.rpc.Any.fromObject(object.details[i], _depth + 1);
                    }
                }
                return message;
            };

            Status.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.details = [];
                if (options.defaults) {
                    object.code = 0;
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.details && message.details.length) {
                    object.details = $Array(message.details.length);
                    for (let j = 0; j < message.details.length; ++j)
                        object.details[j] = $root.google.rpc.Any.toObject(message.details[j], options, _depth + 1);
                }
                return object;
            };

            Status.prototype.toJSON = function() {
                return Status.toObject(this, $protobuf.util.toJSONOptions);
            };

            Status.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.rpc.Status";
            };

            return Status;
        })();

        rpc.Any = (function() {

            const Any = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Any.prototype.typeUrl = "";
            Any.prototype.value = $util.newBuffer([]);

            Any.create = function(properties) {
                return new Any(properties);
            };

            Any.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.typeUrl != null && $Object.hasOwnProperty.call(message, "typeUrl") && message.typeUrl !== "")
                    writer.uint32(10).string(message.typeUrl);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(18).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Any.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.google.rpc.Any();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.typeUrl = value;
                            else
                                delete message.typeUrl;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Any.fromObject = function (object, _depth) {
                if (object instanceof $root.google.rpc.Any)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.rpc.Any: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.rpc.Any();
                if (object.typeUrl != null)
                    if (typeof object.typeUrl !== "string" || object.typeUrl.length)
                        message.typeUrl = $String(object.typeUrl);
                if (object.value != null)
                    if (object.value.length)
                        if (typeof object.value === "string")
                            $util.base64.decode(object.value, message.value = $util.newBuffer($util.base64.length(object.value)), 0);
                        else if (object.value.length >= 0)
                            message.value = object.value;
                return message;
            };

            Any.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.typeUrl = "";
                    if (options.bytes === $String)
                        object.value = "";
                    else {
                        object.value = [];
                        if (options.bytes !== $Array)
                            object.value = $util.newBuffer(object.value);
                    }
                }
                if (message.typeUrl != null && $Object.hasOwnProperty.call(message, "typeUrl"))
                    object.typeUrl = message.typeUrl;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.bytes === $String ? $util.base64.encode(message.value, 0, message.value.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.value) : message.value;
                return object;
            };

            Any.prototype.toJSON = function() {
                return Any.toObject(this, $protobuf.util.toJSONOptions);
            };

            Any.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.rpc.Any";
            };

            return Any;
        })();

        return rpc;
    })();

    return google;
})();

export const thanos = $root.thanos = (() => {

    const thanos = {};

    thanos.LabelMatcher = (function() {

        const LabelMatcher = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelMatcher.prototype.type = 0;
        LabelMatcher.prototype.name = "";
        LabelMatcher.prototype.value = "";

        LabelMatcher.create = function(properties) {
            return new LabelMatcher(properties);
        };

        LabelMatcher.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(8).int32(message.type);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(18).string(message.name);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                writer.uint32(26).string(message.value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelMatcher.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.LabelMatcher();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelMatcher.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.LabelMatcher)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.LabelMatcher: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.LabelMatcher();
            if (object.type !== 0 && (typeof object.type !== "string" || $root.thanos.LabelMatcher.Type[object.type] !== 0))
                switch (object.type) {
                case "EQ":
                case 0:
                    message.type = 0;
                    break;
                case "NEQ":
                case 1:
                    message.type = 1;
                    break;
                case "RE":
                case 2:
                    message.type = 2;
                    break;
                case "NRE":
                case 3:
                    message.type = 3;
                    break;
                default:
                    if (typeof object.type === "number" && (object.type | 0) === object.type)
                        message.type = object.type;
                }
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.value != null)
                if (typeof object.value !== "string" || object.value.length)
                    message.value = $String(object.value);
            return message;
        };

        LabelMatcher.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.type = options.enums === $String ? "EQ" : 0;
                object.name = "";
                object.value = "";
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === $String ? $root.thanos.LabelMatcher.Type[message.type] === $undefined ? message.type : $root.thanos.LabelMatcher.Type[message.type] : message.type;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                object.value = message.value;
            return object;
        };

        LabelMatcher.prototype.toJSON = function() {
            return LabelMatcher.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelMatcher.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.LabelMatcher";
        };

        LabelMatcher.Type = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "EQ"] = 0;
            values[valuesById[1] = "NEQ"] = 1;
            values[valuesById[2] = "RE"] = 2;
            values[valuesById[3] = "NRE"] = 3;
            return values;
        })();

        return LabelMatcher;
    })();

    thanos.RequestHints = (function() {

        const RequestHints = function (properties) {
            this.blockMatchers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        RequestHints.prototype.blockMatchers = $util.emptyArray;

        RequestHints.create = function(properties) {
            return new RequestHints(properties);
        };

        RequestHints.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.blockMatchers != null && message.blockMatchers.length)
                for (let i = 0; i < message.blockMatchers.length; ++i)
                    $root.thanos.LabelMatcher.encode(message.blockMatchers[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        RequestHints.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.RequestHints();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.blockMatchers && message.blockMatchers.length))
                            message.blockMatchers = [];
                        message.blockMatchers.push($root.thanos.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        RequestHints.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.RequestHints)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.RequestHints: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.RequestHints();
            if (object.blockMatchers) {
                if (!$Array.isArray(object.blockMatchers))
                    throw $TypeError(".thanos.RequestHints.blockMatchers: array expected");
                message.blockMatchers = $Array(object.blockMatchers.length);
                for (let i = 0; i < object.blockMatchers.length; ++i) {
                    if (!$util.isObject(object.blockMatchers[i]))
                        throw $TypeError(".thanos.RequestHints.blockMatchers: object expected");
                    message.blockMatchers[i] = $root.thanos.LabelMatcher.fromObject(object.blockMatchers[i], _depth + 1);
                }
            }
            return message;
        };

        RequestHints.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.blockMatchers = [];
            if (message.blockMatchers && message.blockMatchers.length) {
                object.blockMatchers = $Array(message.blockMatchers.length);
                for (let j = 0; j < message.blockMatchers.length; ++j)
                    object.blockMatchers[j] = $root.thanos.LabelMatcher.toObject(message.blockMatchers[j], options, _depth + 1);
            }
            return object;
        };

        RequestHints.prototype.toJSON = function() {
            return RequestHints.toObject(this, $protobuf.util.toJSONOptions);
        };

        RequestHints.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.RequestHints";
        };

        return RequestHints;
    })();

    thanos.SeriesRequest = (function() {

        const SeriesRequest = function (properties) {
            this.matchers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SeriesRequest.prototype.minTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SeriesRequest.prototype.maxTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SeriesRequest.prototype.matchers = $util.emptyArray;
        SeriesRequest.prototype.skipChunks = false;
        SeriesRequest.prototype.requestHints = null;
        SeriesRequest.prototype.streamingChunksBatchSize = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        SeriesRequest.create = function(properties) {
            return new SeriesRequest(properties);
        };

        SeriesRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime") && (typeof message.minTime === "object" ? message.minTime.low || message.minTime.high : message.minTime !== 0))
                writer.uint32(8).int64(message.minTime);
            if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime") && (typeof message.maxTime === "object" ? message.maxTime.low || message.maxTime.high : message.maxTime !== 0))
                writer.uint32(16).int64(message.maxTime);
            if (message.matchers != null && message.matchers.length)
                for (let i = 0; i < message.matchers.length; ++i)
                    $root.thanos.LabelMatcher.encode(message.matchers[i], writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.skipChunks != null && $Object.hasOwnProperty.call(message, "skipChunks") && message.skipChunks !== false)
                writer.uint32(64).bool(message.skipChunks);
            if (message.requestHints != null && $Object.hasOwnProperty.call(message, "requestHints"))
                $root.thanos.RequestHints.encode(message.requestHints, writer.uint32(114).fork(), _depth + 1).ldelim();
            if (message.streamingChunksBatchSize != null && $Object.hasOwnProperty.call(message, "streamingChunksBatchSize") && (typeof message.streamingChunksBatchSize === "object" ? message.streamingChunksBatchSize.low || message.streamingChunksBatchSize.high : message.streamingChunksBatchSize !== 0))
                writer.uint32(800).uint64(message.streamingChunksBatchSize);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SeriesRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.SeriesRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.minTime = value;
                        else
                            delete message.minTime;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxTime = value;
                        else
                            delete message.maxTime;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.matchers && message.matchers.length))
                            message.matchers = [];
                        message.matchers.push($root.thanos.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.skipChunks = value;
                        else
                            delete message.skipChunks;
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        message.requestHints = $root.thanos.RequestHints.decode(reader, reader.size(), $undefined, _depth + 1, message.requestHints);
                        continue;
                    }
                case 100: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.streamingChunksBatchSize = value;
                        else
                            delete message.streamingChunksBatchSize;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SeriesRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.SeriesRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.SeriesRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.SeriesRequest();
            if (object.minTime != null)
                if (typeof object.minTime === "object" ? object.minTime.low || object.minTime.high : $Number(object.minTime) !== 0)
                    if ($util.Long)
                        message.minTime = $util.Long.fromValue(object.minTime, false);
                    else if (typeof object.minTime === "string")
                        message.minTime = $parseInt(object.minTime, 10);
                    else if (typeof object.minTime === "number")
                        message.minTime = object.minTime;
                    else if (typeof object.minTime === "object")
                        message.minTime = new $util.LongBits(object.minTime.low >>> 0, object.minTime.high >>> 0).toNumber();
            if (object.maxTime != null)
                if (typeof object.maxTime === "object" ? object.maxTime.low || object.maxTime.high : $Number(object.maxTime) !== 0)
                    if ($util.Long)
                        message.maxTime = $util.Long.fromValue(object.maxTime, false);
                    else if (typeof object.maxTime === "string")
                        message.maxTime = $parseInt(object.maxTime, 10);
                    else if (typeof object.maxTime === "number")
                        message.maxTime = object.maxTime;
                    else if (typeof object.maxTime === "object")
                        message.maxTime = new $util.LongBits(object.maxTime.low >>> 0, object.maxTime.high >>> 0).toNumber();
            if (object.matchers) {
                if (!$Array.isArray(object.matchers))
                    throw $TypeError(".thanos.SeriesRequest.matchers: array expected");
                message.matchers = $Array(object.matchers.length);
                for (let i = 0; i < object.matchers.length; ++i) {
                    if (!$util.isObject(object.matchers[i]))
                        throw $TypeError(".thanos.SeriesRequest.matchers: object expected");
                    message.matchers[i] = $root.thanos.LabelMatcher.fromObject(object.matchers[i], _depth + 1);
                }
            }
            if (object.skipChunks != null)
                if (object.skipChunks)
                    message.skipChunks = $Boolean(object.skipChunks);
            if (object.requestHints != null) {
                if (!$util.isObject(object.requestHints))
                    throw $TypeError(".thanos.SeriesRequest.requestHints: object expected");
                message.requestHints = $root.thanos.RequestHints.fromObject(object.requestHints, _depth + 1);
            }
            if (object.streamingChunksBatchSize != null)
                if (typeof object.streamingChunksBatchSize === "object" ? object.streamingChunksBatchSize.low || object.streamingChunksBatchSize.high : $Number(object.streamingChunksBatchSize) !== 0)
                    if ($util.Long)
                        message.streamingChunksBatchSize = $util.Long.fromValue(object.streamingChunksBatchSize, true);
                    else if (typeof object.streamingChunksBatchSize === "string")
                        message.streamingChunksBatchSize = $parseInt(object.streamingChunksBatchSize, 10);
                    else if (typeof object.streamingChunksBatchSize === "number")
                        message.streamingChunksBatchSize = object.streamingChunksBatchSize;
                    else if (typeof object.streamingChunksBatchSize === "object")
                        message.streamingChunksBatchSize = new $util.LongBits(object.streamingChunksBatchSize.low >>> 0, object.streamingChunksBatchSize.high >>> 0).toNumber(true);
            return message;
        };

        SeriesRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.matchers = [];
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.minTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.minTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.maxTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.maxTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.skipChunks = false;
                object.requestHints = null;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.streamingChunksBatchSize = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.streamingChunksBatchSize = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.minTime = typeof message.minTime === "number" ? $BigInt(message.minTime) : $util.Long.fromBits(message.minTime.low >>> 0, message.minTime.high >>> 0, false).toBigInt();
                else if (typeof message.minTime === "number")
                    object.minTime = options.longs === $String ? $String(message.minTime) : message.minTime;
                else
                    object.minTime = options.longs === $String ? $util.Long.prototype.toString.call(message.minTime) : options.longs === $Number ? new $util.LongBits(message.minTime.low >>> 0, message.minTime.high >>> 0).toNumber() : message.minTime;
            if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.maxTime = typeof message.maxTime === "number" ? $BigInt(message.maxTime) : $util.Long.fromBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0, false).toBigInt();
                else if (typeof message.maxTime === "number")
                    object.maxTime = options.longs === $String ? $String(message.maxTime) : message.maxTime;
                else
                    object.maxTime = options.longs === $String ? $util.Long.prototype.toString.call(message.maxTime) : options.longs === $Number ? new $util.LongBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0).toNumber() : message.maxTime;
            if (message.matchers && message.matchers.length) {
                object.matchers = $Array(message.matchers.length);
                for (let j = 0; j < message.matchers.length; ++j)
                    object.matchers[j] = $root.thanos.LabelMatcher.toObject(message.matchers[j], options, _depth + 1);
            }
            if (message.skipChunks != null && $Object.hasOwnProperty.call(message, "skipChunks"))
                object.skipChunks = message.skipChunks;
            if (message.requestHints != null && $Object.hasOwnProperty.call(message, "requestHints"))
                object.requestHints = $root.thanos.RequestHints.toObject(message.requestHints, options, _depth + 1);
            if (message.streamingChunksBatchSize != null && $Object.hasOwnProperty.call(message, "streamingChunksBatchSize"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.streamingChunksBatchSize = typeof message.streamingChunksBatchSize === "number" ? $BigInt(message.streamingChunksBatchSize) : $util.Long.fromBits(message.streamingChunksBatchSize.low >>> 0, message.streamingChunksBatchSize.high >>> 0, true).toBigInt();
                else if (typeof message.streamingChunksBatchSize === "number")
                    object.streamingChunksBatchSize = options.longs === $String ? $String(message.streamingChunksBatchSize) : message.streamingChunksBatchSize;
                else
                    object.streamingChunksBatchSize = options.longs === $String ? $util.Long.prototype.toString.call(message.streamingChunksBatchSize) : options.longs === $Number ? new $util.LongBits(message.streamingChunksBatchSize.low >>> 0, message.streamingChunksBatchSize.high >>> 0).toNumber(true) : message.streamingChunksBatchSize;
            return object;
        };

        SeriesRequest.prototype.toJSON = function() {
            return SeriesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        SeriesRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.SeriesRequest";
        };

        return SeriesRequest;
    })();

    thanos.Stats = (function() {

        const Stats = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Stats.prototype.fetchedIndexBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        Stats.create = function(properties) {
            return new Stats(properties);
        };

        Stats.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.fetchedIndexBytes != null && $Object.hasOwnProperty.call(message, "fetchedIndexBytes") && (typeof message.fetchedIndexBytes === "object" ? message.fetchedIndexBytes.low || message.fetchedIndexBytes.high : message.fetchedIndexBytes !== 0))
                writer.uint32(8).uint64(message.fetchedIndexBytes);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Stats.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.Stats();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.fetchedIndexBytes = value;
                        else
                            delete message.fetchedIndexBytes;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Stats.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.Stats)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.Stats: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.Stats();
            if (object.fetchedIndexBytes != null)
                if (typeof object.fetchedIndexBytes === "object" ? object.fetchedIndexBytes.low || object.fetchedIndexBytes.high : $Number(object.fetchedIndexBytes) !== 0)
                    if ($util.Long)
                        message.fetchedIndexBytes = $util.Long.fromValue(object.fetchedIndexBytes, true);
                    else if (typeof object.fetchedIndexBytes === "string")
                        message.fetchedIndexBytes = $parseInt(object.fetchedIndexBytes, 10);
                    else if (typeof object.fetchedIndexBytes === "number")
                        message.fetchedIndexBytes = object.fetchedIndexBytes;
                    else if (typeof object.fetchedIndexBytes === "object")
                        message.fetchedIndexBytes = new $util.LongBits(object.fetchedIndexBytes.low >>> 0, object.fetchedIndexBytes.high >>> 0).toNumber(true);
            return message;
        };

        Stats.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.fetchedIndexBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.fetchedIndexBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.fetchedIndexBytes != null && $Object.hasOwnProperty.call(message, "fetchedIndexBytes"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.fetchedIndexBytes = typeof message.fetchedIndexBytes === "number" ? $BigInt(message.fetchedIndexBytes) : $util.Long.fromBits(message.fetchedIndexBytes.low >>> 0, message.fetchedIndexBytes.high >>> 0, true).toBigInt();
                else if (typeof message.fetchedIndexBytes === "number")
                    object.fetchedIndexBytes = options.longs === $String ? $String(message.fetchedIndexBytes) : message.fetchedIndexBytes;
                else
                    object.fetchedIndexBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.fetchedIndexBytes) : options.longs === $Number ? new $util.LongBits(message.fetchedIndexBytes.low >>> 0, message.fetchedIndexBytes.high >>> 0).toNumber(true) : message.fetchedIndexBytes;
            return object;
        };

        Stats.prototype.toJSON = function() {
            return Stats.toObject(this, $protobuf.util.toJSONOptions);
        };

        Stats.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.Stats";
        };

        return Stats;
    })();

    thanos.Block = (function() {

        const Block = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        Block.prototype.id = "";

        Block.create = function(properties) {
            return new Block(properties);
        };

        Block.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(10).string(message.id);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        Block.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.Block();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        Block.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.Block)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.Block: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.Block();
            if (object.id != null)
                if (typeof object.id !== "string" || object.id.length)
                    message.id = $String(object.id);
            return message;
        };

        Block.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.id = "";
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                object.id = message.id;
            return object;
        };

        Block.prototype.toJSON = function() {
            return Block.toObject(this, $protobuf.util.toJSONOptions);
        };

        Block.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.Block";
        };

        return Block;
    })();

    thanos.SeriesResponseHints = (function() {

        const SeriesResponseHints = function (properties) {
            this.queriedBlocks = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SeriesResponseHints.prototype.queriedBlocks = $util.emptyArray;

        SeriesResponseHints.create = function(properties) {
            return new SeriesResponseHints(properties);
        };

        SeriesResponseHints.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.queriedBlocks != null && message.queriedBlocks.length)
                for (let i = 0; i < message.queriedBlocks.length; ++i)
                    $root.thanos.Block.encode(message.queriedBlocks[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SeriesResponseHints.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.SeriesResponseHints();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.queriedBlocks && message.queriedBlocks.length))
                            message.queriedBlocks = [];
                        message.queriedBlocks.push($root.thanos.Block.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SeriesResponseHints.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.SeriesResponseHints)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.SeriesResponseHints: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.SeriesResponseHints();
            if (object.queriedBlocks) {
                if (!$Array.isArray(object.queriedBlocks))
                    throw $TypeError(".thanos.SeriesResponseHints.queriedBlocks: array expected");
                message.queriedBlocks = $Array(object.queriedBlocks.length);
                for (let i = 0; i < object.queriedBlocks.length; ++i) {
                    if (!$util.isObject(object.queriedBlocks[i]))
                        throw $TypeError(".thanos.SeriesResponseHints.queriedBlocks: object expected");
                    message.queriedBlocks[i] = $root.thanos.Block.fromObject(object.queriedBlocks[i], _depth + 1);
                }
            }
            return message;
        };

        SeriesResponseHints.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.queriedBlocks = [];
            if (message.queriedBlocks && message.queriedBlocks.length) {
                object.queriedBlocks = $Array(message.queriedBlocks.length);
                for (let j = 0; j < message.queriedBlocks.length; ++j)
                    object.queriedBlocks[j] = $root.thanos.Block.toObject(message.queriedBlocks[j], options, _depth + 1);
            }
            return object;
        };

        SeriesResponseHints.prototype.toJSON = function() {
            return SeriesResponseHints.toObject(this, $protobuf.util.toJSONOptions);
        };

        SeriesResponseHints.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.SeriesResponseHints";
        };

        return SeriesResponseHints;
    })();

    thanos.ChunkData = (function() {

        const ChunkData = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ChunkData.prototype.type = 0;
        ChunkData.prototype.data = $util.newBuffer([]);

        ChunkData.create = function(properties) {
            return new ChunkData(properties);
        };

        ChunkData.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(8).int32(message.type);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                writer.uint32(18).bytes(message.data);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ChunkData.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.ChunkData();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.bytes()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ChunkData.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.ChunkData)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.ChunkData: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.ChunkData();
            if (object.type !== 0 && (typeof object.type !== "string" || $root.thanos.ChunkData.Encoding[object.type] !== 0))
                switch (object.type) {
                case "XOR":
                case 0:
                    message.type = 0;
                    break;
                case "HISTOGRAM":
                case 1:
                    message.type = 1;
                    break;
                case "FLOAT_HISTOGRAM":
                case 2:
                    message.type = 2;
                    break;
                default:
                    if (typeof object.type === "number" && (object.type | 0) === object.type)
                        message.type = object.type;
                }
            if (object.data != null)
                if (object.data.length)
                    if (typeof object.data === "string")
                        $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                    else if (object.data.length >= 0)
                        message.data = object.data;
            return message;
        };

        ChunkData.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.type = options.enums === $String ? "XOR" : 0;
                if (options.bytes === $String)
                    object.data = "";
                else {
                    object.data = [];
                    if (options.bytes !== $Array)
                        object.data = $util.newBuffer(object.data);
                }
            }
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === $String ? $root.thanos.ChunkData.Encoding[message.type] === $undefined ? message.type : $root.thanos.ChunkData.Encoding[message.type] : message.type;
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
            return object;
        };

        ChunkData.prototype.toJSON = function() {
            return ChunkData.toObject(this, $protobuf.util.toJSONOptions);
        };

        ChunkData.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.ChunkData";
        };

        ChunkData.Encoding = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "XOR"] = 0;
            values[valuesById[1] = "HISTOGRAM"] = 1;
            values[valuesById[2] = "FLOAT_HISTOGRAM"] = 2;
            return values;
        })();

        return ChunkData;
    })();

    thanos.AggrChunk = (function() {

        const AggrChunk = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        AggrChunk.prototype.minTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        AggrChunk.prototype.maxTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        AggrChunk.prototype.raw = null;

        AggrChunk.create = function(properties) {
            return new AggrChunk(properties);
        };

        AggrChunk.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime") && (typeof message.minTime === "object" ? message.minTime.low || message.minTime.high : message.minTime !== 0))
                writer.uint32(8).int64(message.minTime);
            if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime") && (typeof message.maxTime === "object" ? message.maxTime.low || message.maxTime.high : message.maxTime !== 0))
                writer.uint32(16).int64(message.maxTime);
            if (message.raw != null && $Object.hasOwnProperty.call(message, "raw"))
                $root.thanos.ChunkData.encode(message.raw, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        AggrChunk.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.AggrChunk();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.minTime = value;
                        else
                            delete message.minTime;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.maxTime = value;
                        else
                            delete message.maxTime;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.raw = $root.thanos.ChunkData.decode(reader, reader.size(), $undefined, _depth + 1, message.raw);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        AggrChunk.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.AggrChunk)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.AggrChunk: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.AggrChunk();
            if (object.minTime != null)
                if (typeof object.minTime === "object" ? object.minTime.low || object.minTime.high : $Number(object.minTime) !== 0)
                    if ($util.Long)
                        message.minTime = $util.Long.fromValue(object.minTime, false);
                    else if (typeof object.minTime === "string")
                        message.minTime = $parseInt(object.minTime, 10);
                    else if (typeof object.minTime === "number")
                        message.minTime = object.minTime;
                    else if (typeof object.minTime === "object")
                        message.minTime = new $util.LongBits(object.minTime.low >>> 0, object.minTime.high >>> 0).toNumber();
            if (object.maxTime != null)
                if (typeof object.maxTime === "object" ? object.maxTime.low || object.maxTime.high : $Number(object.maxTime) !== 0)
                    if ($util.Long)
                        message.maxTime = $util.Long.fromValue(object.maxTime, false);
                    else if (typeof object.maxTime === "string")
                        message.maxTime = $parseInt(object.maxTime, 10);
                    else if (typeof object.maxTime === "number")
                        message.maxTime = object.maxTime;
                    else if (typeof object.maxTime === "object")
                        message.maxTime = new $util.LongBits(object.maxTime.low >>> 0, object.maxTime.high >>> 0).toNumber();
            if (object.raw != null) {
                if (!$util.isObject(object.raw))
                    throw $TypeError(".thanos.AggrChunk.raw: object expected");
                message.raw = $root.thanos.ChunkData.fromObject(object.raw, _depth + 1);
            }
            return message;
        };

        AggrChunk.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.minTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.minTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.maxTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.maxTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.raw = null;
            }
            if (message.minTime != null && $Object.hasOwnProperty.call(message, "minTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.minTime = typeof message.minTime === "number" ? $BigInt(message.minTime) : $util.Long.fromBits(message.minTime.low >>> 0, message.minTime.high >>> 0, false).toBigInt();
                else if (typeof message.minTime === "number")
                    object.minTime = options.longs === $String ? $String(message.minTime) : message.minTime;
                else
                    object.minTime = options.longs === $String ? $util.Long.prototype.toString.call(message.minTime) : options.longs === $Number ? new $util.LongBits(message.minTime.low >>> 0, message.minTime.high >>> 0).toNumber() : message.minTime;
            if (message.maxTime != null && $Object.hasOwnProperty.call(message, "maxTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.maxTime = typeof message.maxTime === "number" ? $BigInt(message.maxTime) : $util.Long.fromBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0, false).toBigInt();
                else if (typeof message.maxTime === "number")
                    object.maxTime = options.longs === $String ? $String(message.maxTime) : message.maxTime;
                else
                    object.maxTime = options.longs === $String ? $util.Long.prototype.toString.call(message.maxTime) : options.longs === $Number ? new $util.LongBits(message.maxTime.low >>> 0, message.maxTime.high >>> 0).toNumber() : message.maxTime;
            if (message.raw != null && $Object.hasOwnProperty.call(message, "raw"))
                object.raw = $root.thanos.ChunkData.toObject(message.raw, options, _depth + 1);
            return object;
        };

        AggrChunk.prototype.toJSON = function() {
            return AggrChunk.toObject(this, $protobuf.util.toJSONOptions);
        };

        AggrChunk.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.AggrChunk";
        };

        return AggrChunk;
    })();

    thanos.StreamingSeries = (function() {

        const StreamingSeries = function (properties) {
            this.labels = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        StreamingSeries.prototype.labels = $util.emptyArray;

        StreamingSeries.create = function(properties) {
            return new StreamingSeries(properties);
        };

        StreamingSeries.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.labels != null && message.labels.length)
                for (let i = 0; i < message.labels.length; ++i)
                    $root.prometheus.Label.encode(message.labels[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        StreamingSeries.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.StreamingSeries();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.labels && message.labels.length))
                            message.labels = [];
                        message.labels.push($root.prometheus.Label.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        StreamingSeries.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.StreamingSeries)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.StreamingSeries: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.StreamingSeries();
            if (object.labels) {
                if (!$Array.isArray(object.labels))
                    throw $TypeError(".thanos.StreamingSeries.labels: array expected");
                message.labels = $Array(object.labels.length);
                for (let i = 0; i < object.labels.length; ++i) {
                    if (!$util.isObject(object.labels[i]))
                        throw $TypeError(".thanos.StreamingSeries.labels: object expected");
                    message.labels[i] = $root.prometheus.Label.fromObject(object.labels[i], _depth + 1);
                }
            }
            return message;
        };

        StreamingSeries.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.labels = [];
            if (message.labels && message.labels.length) {
                object.labels = $Array(message.labels.length);
                for (let j = 0; j < message.labels.length; ++j)
                    object.labels[j] = $root.prometheus.Label.toObject(message.labels[j], options, _depth + 1);
            }
            return object;
        };

        StreamingSeries.prototype.toJSON = function() {
            return StreamingSeries.toObject(this, $protobuf.util.toJSONOptions);
        };

        StreamingSeries.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.StreamingSeries";
        };

        return StreamingSeries;
    })();

    thanos.StreamingSeriesBatch = (function() {

        const StreamingSeriesBatch = function (properties) {
            this.series = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        StreamingSeriesBatch.prototype.series = $util.emptyArray;
        StreamingSeriesBatch.prototype.isEndOfSeriesStream = false;

        StreamingSeriesBatch.create = function(properties) {
            return new StreamingSeriesBatch(properties);
        };

        StreamingSeriesBatch.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.series != null && message.series.length)
                for (let i = 0; i < message.series.length; ++i)
                    $root.thanos.StreamingSeries.encode(message.series[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.isEndOfSeriesStream != null && $Object.hasOwnProperty.call(message, "isEndOfSeriesStream") && message.isEndOfSeriesStream !== false)
                writer.uint32(16).bool(message.isEndOfSeriesStream);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        StreamingSeriesBatch.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.StreamingSeriesBatch();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.series && message.series.length))
                            message.series = [];
                        message.series.push($root.thanos.StreamingSeries.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.isEndOfSeriesStream = value;
                        else
                            delete message.isEndOfSeriesStream;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        StreamingSeriesBatch.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.StreamingSeriesBatch)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.StreamingSeriesBatch: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.StreamingSeriesBatch();
            if (object.series) {
                if (!$Array.isArray(object.series))
                    throw $TypeError(".thanos.StreamingSeriesBatch.series: array expected");
                message.series = $Array(object.series.length);
                for (let i = 0; i < object.series.length; ++i) {
                    if (!$util.isObject(object.series[i]))
                        throw $TypeError(".thanos.StreamingSeriesBatch.series: object expected");
                    message.series[i] = $root.thanos.StreamingSeries.fromObject(object.series[i], _depth + 1);
                }
            }
            if (object.isEndOfSeriesStream != null)
                if (object.isEndOfSeriesStream)
                    message.isEndOfSeriesStream = $Boolean(object.isEndOfSeriesStream);
            return message;
        };

        StreamingSeriesBatch.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.series = [];
            if (options.defaults)
                object.isEndOfSeriesStream = false;
            if (message.series && message.series.length) {
                object.series = $Array(message.series.length);
                for (let j = 0; j < message.series.length; ++j)
                    object.series[j] = $root.thanos.StreamingSeries.toObject(message.series[j], options, _depth + 1);
            }
            if (message.isEndOfSeriesStream != null && $Object.hasOwnProperty.call(message, "isEndOfSeriesStream"))
                object.isEndOfSeriesStream = message.isEndOfSeriesStream;
            return object;
        };

        StreamingSeriesBatch.prototype.toJSON = function() {
            return StreamingSeriesBatch.toObject(this, $protobuf.util.toJSONOptions);
        };

        StreamingSeriesBatch.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.StreamingSeriesBatch";
        };

        return StreamingSeriesBatch;
    })();

    thanos.StreamingChunks = (function() {

        const StreamingChunks = function (properties) {
            this.chunks = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        StreamingChunks.prototype.seriesIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
        StreamingChunks.prototype.chunks = $util.emptyArray;

        StreamingChunks.create = function(properties) {
            return new StreamingChunks(properties);
        };

        StreamingChunks.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.seriesIndex != null && $Object.hasOwnProperty.call(message, "seriesIndex") && (typeof message.seriesIndex === "object" ? message.seriesIndex.low || message.seriesIndex.high : message.seriesIndex !== 0))
                writer.uint32(8).uint64(message.seriesIndex);
            if (message.chunks != null && message.chunks.length)
                for (let i = 0; i < message.chunks.length; ++i)
                    $root.thanos.AggrChunk.encode(message.chunks[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        StreamingChunks.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.StreamingChunks();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.seriesIndex = value;
                        else
                            delete message.seriesIndex;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.chunks && message.chunks.length))
                            message.chunks = [];
                        message.chunks.push($root.thanos.AggrChunk.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        StreamingChunks.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.StreamingChunks)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.StreamingChunks: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.StreamingChunks();
            if (object.seriesIndex != null)
                if (typeof object.seriesIndex === "object" ? object.seriesIndex.low || object.seriesIndex.high : $Number(object.seriesIndex) !== 0)
                    if ($util.Long)
                        message.seriesIndex = $util.Long.fromValue(object.seriesIndex, true);
                    else if (typeof object.seriesIndex === "string")
                        message.seriesIndex = $parseInt(object.seriesIndex, 10);
                    else if (typeof object.seriesIndex === "number")
                        message.seriesIndex = object.seriesIndex;
                    else if (typeof object.seriesIndex === "object")
                        message.seriesIndex = new $util.LongBits(object.seriesIndex.low >>> 0, object.seriesIndex.high >>> 0).toNumber(true);
            if (object.chunks) {
                if (!$Array.isArray(object.chunks))
                    throw $TypeError(".thanos.StreamingChunks.chunks: array expected");
                message.chunks = $Array(object.chunks.length);
                for (let i = 0; i < object.chunks.length; ++i) {
                    if (!$util.isObject(object.chunks[i]))
                        throw $TypeError(".thanos.StreamingChunks.chunks: object expected");
                    message.chunks[i] = $root.thanos.AggrChunk.fromObject(object.chunks[i], _depth + 1);
                }
            }
            return message;
        };

        StreamingChunks.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.chunks = [];
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.seriesIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.seriesIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.seriesIndex != null && $Object.hasOwnProperty.call(message, "seriesIndex"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.seriesIndex = typeof message.seriesIndex === "number" ? $BigInt(message.seriesIndex) : $util.Long.fromBits(message.seriesIndex.low >>> 0, message.seriesIndex.high >>> 0, true).toBigInt();
                else if (typeof message.seriesIndex === "number")
                    object.seriesIndex = options.longs === $String ? $String(message.seriesIndex) : message.seriesIndex;
                else
                    object.seriesIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.seriesIndex) : options.longs === $Number ? new $util.LongBits(message.seriesIndex.low >>> 0, message.seriesIndex.high >>> 0).toNumber(true) : message.seriesIndex;
            if (message.chunks && message.chunks.length) {
                object.chunks = $Array(message.chunks.length);
                for (let j = 0; j < message.chunks.length; ++j)
                    object.chunks[j] = $root.thanos.AggrChunk.toObject(message.chunks[j], options, _depth + 1);
            }
            return object;
        };

        StreamingChunks.prototype.toJSON = function() {
            return StreamingChunks.toObject(this, $protobuf.util.toJSONOptions);
        };

        StreamingChunks.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.StreamingChunks";
        };

        return StreamingChunks;
    })();

    thanos.StreamingChunksBatch = (function() {

        const StreamingChunksBatch = function (properties) {
            this.series = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        StreamingChunksBatch.prototype.series = $util.emptyArray;

        StreamingChunksBatch.create = function(properties) {
            return new StreamingChunksBatch(properties);
        };

        StreamingChunksBatch.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.series != null && message.series.length)
                for (let i = 0; i < message.series.length; ++i)
                    $root.thanos.StreamingChunks.encode(message.series[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        StreamingChunksBatch.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.StreamingChunksBatch();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.series && message.series.length))
                            message.series = [];
                        message.series.push($root.thanos.StreamingChunks.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        StreamingChunksBatch.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.StreamingChunksBatch)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.StreamingChunksBatch: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.StreamingChunksBatch();
            if (object.series) {
                if (!$Array.isArray(object.series))
                    throw $TypeError(".thanos.StreamingChunksBatch.series: array expected");
                message.series = $Array(object.series.length);
                for (let i = 0; i < object.series.length; ++i) {
                    if (!$util.isObject(object.series[i]))
                        throw $TypeError(".thanos.StreamingChunksBatch.series: object expected");
                    message.series[i] = $root.thanos.StreamingChunks.fromObject(object.series[i], _depth + 1);
                }
            }
            return message;
        };

        StreamingChunksBatch.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.series = [];
            if (message.series && message.series.length) {
                object.series = $Array(message.series.length);
                for (let j = 0; j < message.series.length; ++j)
                    object.series[j] = $root.thanos.StreamingChunks.toObject(message.series[j], options, _depth + 1);
            }
            return object;
        };

        StreamingChunksBatch.prototype.toJSON = function() {
            return StreamingChunksBatch.toObject(this, $protobuf.util.toJSONOptions);
        };

        StreamingChunksBatch.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.StreamingChunksBatch";
        };

        return StreamingChunksBatch;
    })();

    thanos.StreamingChunksEstimate = (function() {

        const StreamingChunksEstimate = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        StreamingChunksEstimate.prototype.estimatedChunkCount = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

        StreamingChunksEstimate.create = function(properties) {
            return new StreamingChunksEstimate(properties);
        };

        StreamingChunksEstimate.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.estimatedChunkCount != null && $Object.hasOwnProperty.call(message, "estimatedChunkCount") && (typeof message.estimatedChunkCount === "object" ? message.estimatedChunkCount.low || message.estimatedChunkCount.high : message.estimatedChunkCount !== 0))
                writer.uint32(8).uint64(message.estimatedChunkCount);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        StreamingChunksEstimate.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.StreamingChunksEstimate();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                            message.estimatedChunkCount = value;
                        else
                            delete message.estimatedChunkCount;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        StreamingChunksEstimate.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.StreamingChunksEstimate)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.StreamingChunksEstimate: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.StreamingChunksEstimate();
            if (object.estimatedChunkCount != null)
                if (typeof object.estimatedChunkCount === "object" ? object.estimatedChunkCount.low || object.estimatedChunkCount.high : $Number(object.estimatedChunkCount) !== 0)
                    if ($util.Long)
                        message.estimatedChunkCount = $util.Long.fromValue(object.estimatedChunkCount, true);
                    else if (typeof object.estimatedChunkCount === "string")
                        message.estimatedChunkCount = $parseInt(object.estimatedChunkCount, 10);
                    else if (typeof object.estimatedChunkCount === "number")
                        message.estimatedChunkCount = object.estimatedChunkCount;
                    else if (typeof object.estimatedChunkCount === "object")
                        message.estimatedChunkCount = new $util.LongBits(object.estimatedChunkCount.low >>> 0, object.estimatedChunkCount.high >>> 0).toNumber(true);
            return message;
        };

        StreamingChunksEstimate.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, true);
                    object.estimatedChunkCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.estimatedChunkCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.estimatedChunkCount != null && $Object.hasOwnProperty.call(message, "estimatedChunkCount"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.estimatedChunkCount = typeof message.estimatedChunkCount === "number" ? $BigInt(message.estimatedChunkCount) : $util.Long.fromBits(message.estimatedChunkCount.low >>> 0, message.estimatedChunkCount.high >>> 0, true).toBigInt();
                else if (typeof message.estimatedChunkCount === "number")
                    object.estimatedChunkCount = options.longs === $String ? $String(message.estimatedChunkCount) : message.estimatedChunkCount;
                else
                    object.estimatedChunkCount = options.longs === $String ? $util.Long.prototype.toString.call(message.estimatedChunkCount) : options.longs === $Number ? new $util.LongBits(message.estimatedChunkCount.low >>> 0, message.estimatedChunkCount.high >>> 0).toNumber(true) : message.estimatedChunkCount;
            return object;
        };

        StreamingChunksEstimate.prototype.toJSON = function() {
            return StreamingChunksEstimate.toObject(this, $protobuf.util.toJSONOptions);
        };

        StreamingChunksEstimate.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.StreamingChunksEstimate";
        };

        return StreamingChunksEstimate;
    })();

    thanos.SeriesResponse = (function() {

        const SeriesResponse = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SeriesResponse.prototype.warning = null;
        SeriesResponse.prototype.stats = null;
        SeriesResponse.prototype.streamingSeries = null;
        SeriesResponse.prototype.streamingChunks = null;
        SeriesResponse.prototype.streamingChunksEstimate = null;
        SeriesResponse.prototype.responseHints = null;

        let $oneOfFields;

        $Object.defineProperty(SeriesResponse.prototype, "result", {
            get: $util.oneOfGetter($oneOfFields = ["warning", "stats", "streamingSeries", "streamingChunks", "streamingChunksEstimate", "responseHints"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        SeriesResponse.create = function(properties) {
            return new SeriesResponse(properties);
        };

        SeriesResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning"))
                writer.uint32(18).string(message.warning);
            if (message.stats != null && $Object.hasOwnProperty.call(message, "stats"))
                $root.thanos.Stats.encode(message.stats, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.streamingSeries != null && $Object.hasOwnProperty.call(message, "streamingSeries"))
                $root.thanos.StreamingSeriesBatch.encode(message.streamingSeries, writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.streamingChunks != null && $Object.hasOwnProperty.call(message, "streamingChunks"))
                $root.thanos.StreamingChunksBatch.encode(message.streamingChunks, writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.streamingChunksEstimate != null && $Object.hasOwnProperty.call(message, "streamingChunksEstimate"))
                $root.thanos.StreamingChunksEstimate.encode(message.streamingChunksEstimate, writer.uint32(58).fork(), _depth + 1).ldelim();
            if (message.responseHints != null && $Object.hasOwnProperty.call(message, "responseHints"))
                $root.thanos.SeriesResponseHints.encode(message.responseHints, writer.uint32(66).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SeriesResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.SeriesResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.warning = reader.stringVerify();
                        message.result = "warning";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.stats = $root.thanos.Stats.decode(reader, reader.size(), $undefined, _depth + 1, message.stats);
                        message.result = "stats";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.streamingSeries = $root.thanos.StreamingSeriesBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.streamingSeries);
                        message.result = "streamingSeries";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.streamingChunks = $root.thanos.StreamingChunksBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.streamingChunks);
                        message.result = "streamingChunks";
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.streamingChunksEstimate = $root.thanos.StreamingChunksEstimate.decode(reader, reader.size(), $undefined, _depth + 1, message.streamingChunksEstimate);
                        message.result = "streamingChunksEstimate";
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.responseHints = $root.thanos.SeriesResponseHints.decode(reader, reader.size(), $undefined, _depth + 1, message.responseHints);
                        message.result = "responseHints";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SeriesResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.SeriesResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.SeriesResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.SeriesResponse();
            if (object.warning != null)
                message.warning = $String(object.warning);
            if (object.stats != null) {
                if (!$util.isObject(object.stats))
                    throw $TypeError(".thanos.SeriesResponse.stats: object expected");
                message.stats = $root.thanos.Stats.fromObject(object.stats, _depth + 1);
            }
            if (object.streamingSeries != null) {
                if (!$util.isObject(object.streamingSeries))
                    throw $TypeError(".thanos.SeriesResponse.streamingSeries: object expected");
                message.streamingSeries = $root.thanos.StreamingSeriesBatch.fromObject(object.streamingSeries, _depth + 1);
            }
            if (object.streamingChunks != null) {
                if (!$util.isObject(object.streamingChunks))
                    throw $TypeError(".thanos.SeriesResponse.streamingChunks: object expected");
                message.streamingChunks = $root.thanos.StreamingChunksBatch.fromObject(object.streamingChunks, _depth + 1);
            }
            if (object.streamingChunksEstimate != null) {
                if (!$util.isObject(object.streamingChunksEstimate))
                    throw $TypeError(".thanos.SeriesResponse.streamingChunksEstimate: object expected");
                message.streamingChunksEstimate = $root.thanos.StreamingChunksEstimate.fromObject(object.streamingChunksEstimate, _depth + 1);
            }
            if (object.responseHints != null) {
                if (!$util.isObject(object.responseHints))
                    throw $TypeError(".thanos.SeriesResponse.responseHints: object expected");
                message.responseHints = $root.thanos.SeriesResponseHints.fromObject(object.responseHints, _depth + 1);
            }
            return message;
        };

        SeriesResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.warning != null && $Object.hasOwnProperty.call(message, "warning")) {
                object.warning = message.warning;
                if (options.oneofs)
                    object.result = "warning";
            }
            if (message.stats != null && $Object.hasOwnProperty.call(message, "stats")) {
                object.stats = $root.thanos.Stats.toObject(message.stats, options, _depth + 1);
                if (options.oneofs)
                    object.result = "stats";
            }
            if (message.streamingSeries != null && $Object.hasOwnProperty.call(message, "streamingSeries")) {
                object.streamingSeries = $root.thanos.StreamingSeriesBatch.toObject(message.streamingSeries, options, _depth + 1);
                if (options.oneofs)
                    object.result = "streamingSeries";
            }
            if (message.streamingChunks != null && $Object.hasOwnProperty.call(message, "streamingChunks")) {
                object.streamingChunks = $root.thanos.StreamingChunksBatch.toObject(message.streamingChunks, options, _depth + 1);
                if (options.oneofs)
                    object.result = "streamingChunks";
            }
            if (message.streamingChunksEstimate != null && $Object.hasOwnProperty.call(message, "streamingChunksEstimate")) {
                object.streamingChunksEstimate = $root.thanos.StreamingChunksEstimate.toObject(message.streamingChunksEstimate, options, _depth + 1);
                if (options.oneofs)
                    object.result = "streamingChunksEstimate";
            }
            if (message.responseHints != null && $Object.hasOwnProperty.call(message, "responseHints")) {
                object.responseHints = $root.thanos.SeriesResponseHints.toObject(message.responseHints, options, _depth + 1);
                if (options.oneofs)
                    object.result = "responseHints";
            }
            return object;
        };

        SeriesResponse.prototype.toJSON = function() {
            return SeriesResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        SeriesResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.SeriesResponse";
        };

        return SeriesResponse;
    })();

    thanos.LabelNamesRequest = (function() {

        const LabelNamesRequest = function (properties) {
            this.matchers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelNamesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LabelNamesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LabelNamesRequest.prototype.matchers = $util.emptyArray;
        LabelNamesRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LabelNamesRequest.prototype.requestHints = null;

        LabelNamesRequest.create = function(properties) {
            return new LabelNamesRequest(properties);
        };

        LabelNamesRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                writer.uint32(24).int64(message.start);
            if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                writer.uint32(32).int64(message.end);
            if (message.matchers != null && message.matchers.length)
                for (let i = 0; i < message.matchers.length; ++i)
                    $root.thanos.LabelMatcher.encode(message.matchers[i], writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                writer.uint32(56).int64(message.limit);
            if (message.requestHints != null && $Object.hasOwnProperty.call(message, "requestHints"))
                $root.thanos.RequestHints.encode(message.requestHints, writer.uint32(66).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelNamesRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.LabelNamesRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.start = value;
                        else
                            delete message.start;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.end = value;
                        else
                            delete message.end;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.matchers && message.matchers.length))
                            message.matchers = [];
                        message.matchers.push($root.thanos.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.requestHints = $root.thanos.RequestHints.decode(reader, reader.size(), $undefined, _depth + 1, message.requestHints);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelNamesRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.LabelNamesRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.LabelNamesRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.LabelNamesRequest();
            if (object.start != null)
                if (typeof object.start === "object" ? object.start.low || object.start.high : $Number(object.start) !== 0)
                    if ($util.Long)
                        message.start = $util.Long.fromValue(object.start, false);
                    else if (typeof object.start === "string")
                        message.start = $parseInt(object.start, 10);
                    else if (typeof object.start === "number")
                        message.start = object.start;
                    else if (typeof object.start === "object")
                        message.start = new $util.LongBits(object.start.low >>> 0, object.start.high >>> 0).toNumber();
            if (object.end != null)
                if (typeof object.end === "object" ? object.end.low || object.end.high : $Number(object.end) !== 0)
                    if ($util.Long)
                        message.end = $util.Long.fromValue(object.end, false);
                    else if (typeof object.end === "string")
                        message.end = $parseInt(object.end, 10);
                    else if (typeof object.end === "number")
                        message.end = object.end;
                    else if (typeof object.end === "object")
                        message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber();
            if (object.matchers) {
                if (!$Array.isArray(object.matchers))
                    throw $TypeError(".thanos.LabelNamesRequest.matchers: array expected");
                message.matchers = $Array(object.matchers.length);
                for (let i = 0; i < object.matchers.length; ++i) {
                    if (!$util.isObject(object.matchers[i]))
                        throw $TypeError(".thanos.LabelNamesRequest.matchers: object expected");
                    message.matchers[i] = $root.thanos.LabelMatcher.fromObject(object.matchers[i], _depth + 1);
                }
            }
            if (object.limit != null)
                if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                    if ($util.Long)
                        message.limit = $util.Long.fromValue(object.limit, false);
                    else if (typeof object.limit === "string")
                        message.limit = $parseInt(object.limit, 10);
                    else if (typeof object.limit === "number")
                        message.limit = object.limit;
                    else if (typeof object.limit === "object")
                        message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber();
            if (object.requestHints != null) {
                if (!$util.isObject(object.requestHints))
                    throw $TypeError(".thanos.LabelNamesRequest.requestHints: object expected");
                message.requestHints = $root.thanos.RequestHints.fromObject(object.requestHints, _depth + 1);
            }
            return message;
        };

        LabelNamesRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.matchers = [];
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.start = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.start = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.requestHints = null;
            }
            if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.start = typeof message.start === "number" ? $BigInt(message.start) : $util.Long.fromBits(message.start.low >>> 0, message.start.high >>> 0, false).toBigInt();
                else if (typeof message.start === "number")
                    object.start = options.longs === $String ? $String(message.start) : message.start;
                else
                    object.start = options.longs === $String ? $util.Long.prototype.toString.call(message.start) : options.longs === $Number ? new $util.LongBits(message.start.low >>> 0, message.start.high >>> 0).toNumber() : message.start;
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, false).toBigInt();
                else if (typeof message.end === "number")
                    object.end = options.longs === $String ? $String(message.end) : message.end;
                else
                    object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber() : message.end;
            if (message.matchers && message.matchers.length) {
                object.matchers = $Array(message.matchers.length);
                for (let j = 0; j < message.matchers.length; ++j)
                    object.matchers[j] = $root.thanos.LabelMatcher.toObject(message.matchers[j], options, _depth + 1);
            }
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, false).toBigInt();
                else if (typeof message.limit === "number")
                    object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                else
                    object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber() : message.limit;
            if (message.requestHints != null && $Object.hasOwnProperty.call(message, "requestHints"))
                object.requestHints = $root.thanos.RequestHints.toObject(message.requestHints, options, _depth + 1);
            return object;
        };

        LabelNamesRequest.prototype.toJSON = function() {
            return LabelNamesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelNamesRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.LabelNamesRequest";
        };

        return LabelNamesRequest;
    })();

    thanos.LabelNamesResponse = (function() {

        const LabelNamesResponse = function (properties) {
            this.names = [];
            this.warnings = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelNamesResponse.prototype.names = $util.emptyArray;
        LabelNamesResponse.prototype.warnings = $util.emptyArray;
        LabelNamesResponse.prototype.responseHints = null;

        LabelNamesResponse.create = function(properties) {
            return new LabelNamesResponse(properties);
        };

        LabelNamesResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.names != null && message.names.length)
                for (let i = 0; i < message.names.length; ++i)
                    writer.uint32(10).string(message.names[i]);
            if (message.warnings != null && message.warnings.length)
                for (let i = 0; i < message.warnings.length; ++i)
                    writer.uint32(18).string(message.warnings[i]);
            if (message.responseHints != null && $Object.hasOwnProperty.call(message, "responseHints"))
                $root.thanos.SeriesResponseHints.encode(message.responseHints, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelNamesResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.LabelNamesResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.names && message.names.length))
                            message.names = [];
                        message.names.push(reader.stringVerify());
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.warnings && message.warnings.length))
                            message.warnings = [];
                        message.warnings.push(reader.stringVerify());
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.responseHints = $root.thanos.SeriesResponseHints.decode(reader, reader.size(), $undefined, _depth + 1, message.responseHints);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelNamesResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.LabelNamesResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.LabelNamesResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.LabelNamesResponse();
            if (object.names) {
                if (!$Array.isArray(object.names))
                    throw $TypeError(".thanos.LabelNamesResponse.names: array expected");
                message.names = $Array(object.names.length);
                for (let i = 0; i < object.names.length; ++i)
                    message.names[i] = $String(object.names[i]);
            }
            if (object.warnings) {
                if (!$Array.isArray(object.warnings))
                    throw $TypeError(".thanos.LabelNamesResponse.warnings: array expected");
                message.warnings = $Array(object.warnings.length);
                for (let i = 0; i < object.warnings.length; ++i)
                    message.warnings[i] = $String(object.warnings[i]);
            }
            if (object.responseHints != null) {
                if (!$util.isObject(object.responseHints))
                    throw $TypeError(".thanos.LabelNamesResponse.responseHints: object expected");
                message.responseHints = $root.thanos.SeriesResponseHints.fromObject(object.responseHints, _depth + 1);
            }
            return message;
        };

        LabelNamesResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.names = [];
                object.warnings = [];
            }
            if (options.defaults)
                object.responseHints = null;
            if (message.names && message.names.length) {
                object.names = $Array(message.names.length);
                for (let j = 0; j < message.names.length; ++j)
                    object.names[j] = message.names[j];
            }
            if (message.warnings && message.warnings.length) {
                object.warnings = $Array(message.warnings.length);
                for (let j = 0; j < message.warnings.length; ++j)
                    object.warnings[j] = message.warnings[j];
            }
            if (message.responseHints != null && $Object.hasOwnProperty.call(message, "responseHints"))
                object.responseHints = $root.thanos.SeriesResponseHints.toObject(message.responseHints, options, _depth + 1);
            return object;
        };

        LabelNamesResponse.prototype.toJSON = function() {
            return LabelNamesResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelNamesResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.LabelNamesResponse";
        };

        return LabelNamesResponse;
    })();

    thanos.LabelValuesRequest = (function() {

        const LabelValuesRequest = function (properties) {
            this.matchers = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelValuesRequest.prototype.label = "";
        LabelValuesRequest.prototype.start = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LabelValuesRequest.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LabelValuesRequest.prototype.matchers = $util.emptyArray;
        LabelValuesRequest.prototype.limit = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        LabelValuesRequest.prototype.requestHints = null;

        LabelValuesRequest.create = function(properties) {
            return new LabelValuesRequest(properties);
        };

        LabelValuesRequest.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                writer.uint32(10).string(message.label);
            if (message.start != null && $Object.hasOwnProperty.call(message, "start") && (typeof message.start === "object" ? message.start.low || message.start.high : message.start !== 0))
                writer.uint32(32).int64(message.start);
            if (message.end != null && $Object.hasOwnProperty.call(message, "end") && (typeof message.end === "object" ? message.end.low || message.end.high : message.end !== 0))
                writer.uint32(40).int64(message.end);
            if (message.matchers != null && message.matchers.length)
                for (let i = 0; i < message.matchers.length; ++i)
                    $root.thanos.LabelMatcher.encode(message.matchers[i], writer.uint32(58).fork(), _depth + 1).ldelim();
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && (typeof message.limit === "object" ? message.limit.low || message.limit.high : message.limit !== 0))
                writer.uint32(64).int64(message.limit);
            if (message.requestHints != null && $Object.hasOwnProperty.call(message, "requestHints"))
                $root.thanos.RequestHints.encode(message.requestHints, writer.uint32(74).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelValuesRequest.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.LabelValuesRequest();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.label = value;
                        else
                            delete message.label;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.start = value;
                        else
                            delete message.start;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.end = value;
                        else
                            delete message.end;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.matchers && message.matchers.length))
                            message.matchers = [];
                        message.matchers.push($root.thanos.LabelMatcher.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.limit = value;
                        else
                            delete message.limit;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.requestHints = $root.thanos.RequestHints.decode(reader, reader.size(), $undefined, _depth + 1, message.requestHints);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelValuesRequest.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.LabelValuesRequest)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.LabelValuesRequest: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.LabelValuesRequest();
            if (object.label != null)
                if (typeof object.label !== "string" || object.label.length)
                    message.label = $String(object.label);
            if (object.start != null)
                if (typeof object.start === "object" ? object.start.low || object.start.high : $Number(object.start) !== 0)
                    if ($util.Long)
                        message.start = $util.Long.fromValue(object.start, false);
                    else if (typeof object.start === "string")
                        message.start = $parseInt(object.start, 10);
                    else if (typeof object.start === "number")
                        message.start = object.start;
                    else if (typeof object.start === "object")
                        message.start = new $util.LongBits(object.start.low >>> 0, object.start.high >>> 0).toNumber();
            if (object.end != null)
                if (typeof object.end === "object" ? object.end.low || object.end.high : $Number(object.end) !== 0)
                    if ($util.Long)
                        message.end = $util.Long.fromValue(object.end, false);
                    else if (typeof object.end === "string")
                        message.end = $parseInt(object.end, 10);
                    else if (typeof object.end === "number")
                        message.end = object.end;
                    else if (typeof object.end === "object")
                        message.end = new $util.LongBits(object.end.low >>> 0, object.end.high >>> 0).toNumber();
            if (object.matchers) {
                if (!$Array.isArray(object.matchers))
                    throw $TypeError(".thanos.LabelValuesRequest.matchers: array expected");
                message.matchers = $Array(object.matchers.length);
                for (let i = 0; i < object.matchers.length; ++i) {
                    if (!$util.isObject(object.matchers[i]))
                        throw $TypeError(".thanos.LabelValuesRequest.matchers: object expected");
                    message.matchers[i] = $root.thanos.LabelMatcher.fromObject(object.matchers[i], _depth + 1);
                }
            }
            if (object.limit != null)
                if (typeof object.limit === "object" ? object.limit.low || object.limit.high : $Number(object.limit) !== 0)
                    if ($util.Long)
                        message.limit = $util.Long.fromValue(object.limit, false);
                    else if (typeof object.limit === "string")
                        message.limit = $parseInt(object.limit, 10);
                    else if (typeof object.limit === "number")
                        message.limit = object.limit;
                    else if (typeof object.limit === "object")
                        message.limit = new $util.LongBits(object.limit.low >>> 0, object.limit.high >>> 0).toNumber();
            if (object.requestHints != null) {
                if (!$util.isObject(object.requestHints))
                    throw $TypeError(".thanos.LabelValuesRequest.requestHints: object expected");
                message.requestHints = $root.thanos.RequestHints.fromObject(object.requestHints, _depth + 1);
            }
            return message;
        };

        LabelValuesRequest.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.matchers = [];
            if (options.defaults) {
                object.label = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.start = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.start = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.end = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.end = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.limit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.limit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.requestHints = null;
            }
            if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                object.label = message.label;
            if (message.start != null && $Object.hasOwnProperty.call(message, "start"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.start = typeof message.start === "number" ? $BigInt(message.start) : $util.Long.fromBits(message.start.low >>> 0, message.start.high >>> 0, false).toBigInt();
                else if (typeof message.start === "number")
                    object.start = options.longs === $String ? $String(message.start) : message.start;
                else
                    object.start = options.longs === $String ? $util.Long.prototype.toString.call(message.start) : options.longs === $Number ? new $util.LongBits(message.start.low >>> 0, message.start.high >>> 0).toNumber() : message.start;
            if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.end = typeof message.end === "number" ? $BigInt(message.end) : $util.Long.fromBits(message.end.low >>> 0, message.end.high >>> 0, false).toBigInt();
                else if (typeof message.end === "number")
                    object.end = options.longs === $String ? $String(message.end) : message.end;
                else
                    object.end = options.longs === $String ? $util.Long.prototype.toString.call(message.end) : options.longs === $Number ? new $util.LongBits(message.end.low >>> 0, message.end.high >>> 0).toNumber() : message.end;
            if (message.matchers && message.matchers.length) {
                object.matchers = $Array(message.matchers.length);
                for (let j = 0; j < message.matchers.length; ++j)
                    object.matchers[j] = $root.thanos.LabelMatcher.toObject(message.matchers[j], options, _depth + 1);
            }
            if (message.limit != null && $Object.hasOwnProperty.call(message, "limit"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.limit = typeof message.limit === "number" ? $BigInt(message.limit) : $util.Long.fromBits(message.limit.low >>> 0, message.limit.high >>> 0, false).toBigInt();
                else if (typeof message.limit === "number")
                    object.limit = options.longs === $String ? $String(message.limit) : message.limit;
                else
                    object.limit = options.longs === $String ? $util.Long.prototype.toString.call(message.limit) : options.longs === $Number ? new $util.LongBits(message.limit.low >>> 0, message.limit.high >>> 0).toNumber() : message.limit;
            if (message.requestHints != null && $Object.hasOwnProperty.call(message, "requestHints"))
                object.requestHints = $root.thanos.RequestHints.toObject(message.requestHints, options, _depth + 1);
            return object;
        };

        LabelValuesRequest.prototype.toJSON = function() {
            return LabelValuesRequest.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelValuesRequest.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.LabelValuesRequest";
        };

        return LabelValuesRequest;
    })();

    thanos.LabelValuesResponse = (function() {

        const LabelValuesResponse = function (properties) {
            this.values = [];
            this.warnings = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        LabelValuesResponse.prototype.values = $util.emptyArray;
        LabelValuesResponse.prototype.warnings = $util.emptyArray;
        LabelValuesResponse.prototype.responseHints = null;

        LabelValuesResponse.create = function(properties) {
            return new LabelValuesResponse(properties);
        };

        LabelValuesResponse.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.values != null && message.values.length)
                for (let i = 0; i < message.values.length; ++i)
                    writer.uint32(10).string(message.values[i]);
            if (message.warnings != null && message.warnings.length)
                for (let i = 0; i < message.warnings.length; ++i)
                    writer.uint32(18).string(message.warnings[i]);
            if (message.responseHints != null && $Object.hasOwnProperty.call(message, "responseHints"))
                $root.thanos.SeriesResponseHints.encode(message.responseHints, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        LabelValuesResponse.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.thanos.LabelValuesResponse();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.values && message.values.length))
                            message.values = [];
                        message.values.push(reader.stringVerify());
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.warnings && message.warnings.length))
                            message.warnings = [];
                        message.warnings.push(reader.stringVerify());
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.responseHints = $root.thanos.SeriesResponseHints.decode(reader, reader.size(), $undefined, _depth + 1, message.responseHints);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        LabelValuesResponse.fromObject = function (object, _depth) {
            if (object instanceof $root.thanos.LabelValuesResponse)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".thanos.LabelValuesResponse: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.thanos.LabelValuesResponse();
            if (object.values) {
                if (!$Array.isArray(object.values))
                    throw $TypeError(".thanos.LabelValuesResponse.values: array expected");
                message.values = $Array(object.values.length);
                for (let i = 0; i < object.values.length; ++i)
                    message.values[i] = $String(object.values[i]);
            }
            if (object.warnings) {
                if (!$Array.isArray(object.warnings))
                    throw $TypeError(".thanos.LabelValuesResponse.warnings: array expected");
                message.warnings = $Array(object.warnings.length);
                for (let i = 0; i < object.warnings.length; ++i)
                    message.warnings[i] = $String(object.warnings[i]);
            }
            if (object.responseHints != null) {
                if (!$util.isObject(object.responseHints))
                    throw $TypeError(".thanos.LabelValuesResponse.responseHints: object expected");
                message.responseHints = $root.thanos.SeriesResponseHints.fromObject(object.responseHints, _depth + 1);
            }
            return message;
        };

        LabelValuesResponse.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.values = [];
                object.warnings = [];
            }
            if (options.defaults)
                object.responseHints = null;
            if (message.values && message.values.length) {
                object.values = $Array(message.values.length);
                for (let j = 0; j < message.values.length; ++j)
                    object.values[j] = message.values[j];
            }
            if (message.warnings && message.warnings.length) {
                object.warnings = $Array(message.warnings.length);
                for (let j = 0; j < message.warnings.length; ++j)
                    object.warnings[j] = message.warnings[j];
            }
            if (message.responseHints != null && $Object.hasOwnProperty.call(message, "responseHints"))
                object.responseHints = $root.thanos.SeriesResponseHints.toObject(message.responseHints, options, _depth + 1);
            return object;
        };

        LabelValuesResponse.prototype.toJSON = function() {
            return LabelValuesResponse.toObject(this, $protobuf.util.toJSONOptions);
        };

        LabelValuesResponse.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/thanos.LabelValuesResponse";
        };

        return LabelValuesResponse;
    })();

    return thanos;
})();

export {
  $root as default
};
