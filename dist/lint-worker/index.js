import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/dockerfile/expand.ts
/**
 * Variable expansion as BuildKit performs it on instruction words (`shell/lex.go`): `$VAR`, `${VAR}`,
 * `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`, `${VAR+word}`, `${VAR:?msg}`, `${VAR#pat}`, `${VAR%pat}`,
 * `${VAR/pat/repl}`, quotes and the escape character. It reports which names it found and which it did
 * not, because UndefinedVar and UndefinedArgInFrom are defined by exactly those sets.
 *
 * It never throws: a syntax error BuildKit would fail the build on comes back in `error`.
 */
class ExpandError extends Error {
}
const EOF = '';
/** `${a:-${b:-…}}` nests by recursion; past this depth a word is reported as an error instead. */
const MAX_NESTING = 64;
function mapLookup(map) {
    return {
        get(name) {
            const v = map.get(name);
            return v === null || v === undefined ? undefined : v;
        },
    };
}
const emptyLookup = { get: () => undefined };
function expandWord(word, env, options = {}) {
    // Most words hold nothing to expand or unquote: no need to run the lexer over them.
    if (isPlain(word, options.escapeChar ?? '\\')) {
        return { result: word, words: word.split(/[ \t\n\r\v\f]+/).filter((w) => w !== ''), matched: new Set(), unmatched: new Set(), defaulted: new Set(), error: null };
    }
    const lexer = new WordLexer(word, env, options);
    try {
        const { text, words } = lexer.processStopOn(EOF, false);
        return { result: text, words, matched: lexer.matched, unmatched: lexer.unmatched, defaulted: lexer.defaulted(), error: null };
    }
    catch (err) {
        if (!(err instanceof ExpandError))
            throw err;
        return { result: word, words: [word], matched: lexer.matched, unmatched: lexer.unmatched, defaulted: new Set(), error: err.message };
    }
}
function isPlain(word, escapeChar) {
    return !/[$'"<]/.test(word) && !word.includes(escapeChar);
}
/** The variable names a word refers to, in order of first use (quotes and escapes honoured). */
function referencedVariables(word, escapeChar = '\\') {
    if (!word.includes('$'))
        return [];
    const { matched, unmatched } = expandWord(word, emptyLookup, { escapeChar });
    return [...new Set([...matched, ...unmatched])];
}
function isSpace(ch) {
    return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f';
}
function isNameChar(ch) {
    return /[\p{L}\p{N}_]/u.test(ch);
}
function isDigit(ch) {
    return ch >= '0' && ch <= '9';
}
const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);
class Words {
    buf = '';
    inWord = false;
    list = [];
    addChar(ch) {
        if (isSpace(ch)) {
            if (this.inWord && this.buf.length > 0) {
                this.list.push(this.buf);
                this.buf = '';
                this.inWord = false;
            }
        }
        else {
            this.addRaw(ch);
        }
    }
    addRaw(text) {
        this.buf += text;
        this.inWord = true;
    }
    addString(text) {
        for (const ch of text)
            this.addChar(ch);
    }
    finish() {
        if (this.buf.length > 0) {
            this.list.push(this.buf);
            this.buf = '';
            this.inWord = false;
        }
        return this.list;
    }
}
class WordLexer {
    env;
    options;
    chars;
    pos = 0;
    escape;
    matched = new Set();
    unmatched = new Set();
    /** Names looked up other than through `-`/`+` (with or without `:`), whose value the result depends on. */
    bare = new Set();
    rawEscapes = false;
    nesting = 0;
    constructor(word, env, options) {
        this.env = env;
        this.options = options;
        this.chars = Array.from(word);
        this.escape = options.escapeChar ?? '\\';
    }
    peek() {
        return this.pos < this.chars.length ? this.chars[this.pos] : EOF;
    }
    next() {
        return this.pos < this.chars.length ? this.chars[this.pos++] : EOF;
    }
    processStopOn(stopChar, rawEscapes) {
        if (this.nesting >= MAX_NESTING)
            throw new ExpandError(`substitutions nested more than ${MAX_NESTING} deep`);
        const savedRaw = this.rawEscapes;
        this.rawEscapes = rawEscapes;
        this.nesting++;
        try {
            let result = '';
            const words = new Words();
            while (this.peek() !== EOF) {
                const ch = this.peek();
                if (stopChar !== EOF && ch === stopChar) {
                    this.next();
                    return { text: result, words: words.finish() };
                }
                if (ch === '$') {
                    const value = this.processDollar();
                    result += value;
                    words.addString(value);
                }
                else if (ch === '<') {
                    const value = this.processPossibleHeredoc();
                    result += value;
                    words.addRaw(value);
                }
                else if (!this.options.skipQuotes && ch === "'") {
                    const value = this.processSingleQuote();
                    result += value;
                    words.addRaw(value);
                }
                else if (!this.options.skipQuotes && ch === '"') {
                    const value = this.processDoubleQuote();
                    result += value;
                    words.addRaw(value);
                }
                else {
                    let c = this.next();
                    if (c === this.escape) {
                        if (this.rawEscapes) {
                            words.addRaw(c);
                            result += c;
                        }
                        c = this.next();
                        if (c === EOF)
                            break;
                        words.addRaw(c);
                    }
                    else {
                        words.addChar(c);
                    }
                    result += c;
                }
            }
            if (stopChar !== EOF) {
                throw new ExpandError(`unexpected end of statement while looking for matching ${stopChar}`);
            }
            return { text: result, words: words.finish() };
        }
        finally {
            this.rawEscapes = savedRaw;
            this.nesting--;
        }
    }
    processSingleQuote() {
        this.next();
        let result = '';
        for (;;) {
            const ch = this.next();
            if (ch === EOF)
                throw new ExpandError('unexpected end of statement while looking for matching single-quote');
            if (ch === "'")
                return result;
            result += ch;
        }
    }
    processDoubleQuote() {
        this.next();
        let result = '';
        for (;;) {
            const ch = this.peek();
            if (ch === EOF)
                throw new ExpandError('unexpected end of statement while looking for matching double-quote');
            if (ch === '"') {
                this.next();
                return result;
            }
            if (ch === '$') {
                result += this.processDollar();
                continue;
            }
            let c = this.next();
            if (c === this.escape) {
                if (this.rawEscapes)
                    result += c;
                const following = this.peek();
                if (following === EOF)
                    continue;
                if (following === '"' || following === '$' || following === this.escape)
                    c = this.next();
            }
            result += c;
        }
    }
    /** Unset names only ever read through a default or an alternative. */
    defaulted() {
        return new Set([...this.unmatched].filter((n) => !this.bare.has(n)));
    }
    lookup(name, withDefault = false) {
        if (!withDefault)
            this.bare.add(name);
        const value = this.env.get(name);
        if (value !== undefined)
            this.matched.add(name);
        else
            this.unmatched.add(name);
        return value;
    }
    processName() {
        let name = '';
        while (this.peek() !== EOF) {
            const ch = this.peek();
            if (name.length === 0 && isDigit(ch)) {
                while (this.peek() !== EOF && isDigit(this.peek()))
                    name += this.next();
                return name;
            }
            if (name.length === 0 && SPECIAL_PARAMS.has(ch))
                return this.next();
            if (!isNameChar(ch))
                break;
            name += this.next();
        }
        return name;
    }
    processDollar() {
        this.next();
        if (this.peek() !== '{') {
            const name = this.processName();
            if (name === '')
                return '$';
            const value = this.lookup(name);
            if (value === undefined && this.options.keepUnset)
                return `$${name}`;
            return value ?? '';
        }
        this.next();
        const first = this.peek();
        if (first === EOF)
            throw new ExpandError("syntax error: missing '}'");
        if (first === '{' || first === '}' || first === ':')
            throw new ExpandError('syntax error: bad substitution');
        const name = this.processName();
        let ch = this.next();
        let modifier = ch;
        let nullIsUnset = false;
        switch (ch) {
            case '}': {
                const value = this.lookup(name);
                if (value === undefined && this.options.keepUnset)
                    return `\${${name}}`;
                return value ?? '';
            }
            case ':':
            case '+':
            case '-':
            case '?':
            case '#':
            case '%': {
                if (ch === ':') {
                    nullIsUnset = true;
                    ch = this.next();
                    modifier += ch;
                }
                const raw = ch === '#' || ch === '%';
                if (nullIsUnset && raw)
                    throw new ExpandError(`unsupported modifier (${modifier}) in substitution`);
                if (!['+', '-', '?', '#', '%'].includes(ch)) {
                    throw new ExpandError(`unsupported modifier (${modifier}) in substitution`);
                }
                let word;
                try {
                    word = this.processStopOn('}', raw).text;
                }
                catch (err) {
                    if (this.peek() === EOF)
                        throw new ExpandError("syntax error: missing '}'");
                    throw err;
                }
                const value = this.lookup(name, ch === '-' || ch === '+');
                if (value === undefined && this.options.keepUnset)
                    return `\${${name}${modifier}${word}}`;
                const unsetOrNull = value === undefined || (nullIsUnset && value === '');
                switch (ch) {
                    case '-':
                        return unsetOrNull ? word : value;
                    case '+':
                        return unsetOrNull ? '' : word;
                    case '?':
                        if (value === undefined)
                            throw new ExpandError(`${name}: ${word || 'is not allowed to be unset'}`);
                        if (nullIsUnset && value === '')
                            throw new ExpandError(`${name}: ${word || 'is not allowed to be empty'}`);
                        return value;
                    default: {
                        let pattern = word;
                        const greedy = pattern.startsWith(ch);
                        if (greedy)
                            pattern = pattern.slice(1);
                        return ch === '%' ? trimSuffix(pattern, value ?? '', greedy) : trimPrefix(pattern, value ?? '', greedy);
                    }
                }
            }
            case '/': {
                const replaceAll = this.peek() === '/';
                if (replaceAll)
                    this.next();
                let pattern;
                let replacement;
                try {
                    pattern = this.processStopOn('/', true).text;
                }
                catch (err) {
                    if (this.peek() === EOF)
                        throw new ExpandError("syntax error: missing '/' in ${}");
                    throw err;
                }
                try {
                    replacement = this.processStopOn('}', true).text;
                }
                catch (err) {
                    if (this.peek() === EOF)
                        throw new ExpandError("syntax error: missing '}'");
                    throw err;
                }
                const value = this.lookup(name);
                if (value === undefined && this.options.keepUnset)
                    return `\${${name}/${pattern}/${replacement}}`;
                const re = shellPatternToRegex(pattern, true, false, replaceAll);
                return (value ?? '').replace(re, () => replacement);
            }
            default:
                throw new ExpandError(`unsupported modifier (${modifier}) in substitution`);
        }
    }
    processPossibleHeredoc() {
        this.next();
        if (this.peek() !== '<')
            return '<';
        this.next();
        let space = '';
        while (this.peek() === ' ' || this.peek() === '\t' || this.peek() === '\r')
            space += this.next();
        return '<<' + space;
    }
}
function shellPatternToRegex(pattern, greedy, anchored, global = false) {
    let out = anchored ? '^' : '';
    const star = greedy ? '[\\s\\S]*' : '[\\s\\S]*?';
    const chars = Array.from(pattern);
    for (let i = 0; i < chars.length; i++) {
        const tok = chars[i];
        if (tok === '*')
            out += star;
        else if (tok === '?')
            out += '[\\s\\S]';
        else if (tok === '\\') {
            const following = chars[i + 1];
            if (following === '}' || following === '/')
                continue;
            if (following !== '*' && following !== '?' && following !== '\\') {
                throw new ExpandError(`invalid pattern (${pattern}) in substitution: invalid escape '\\${following ?? ''}'`);
            }
            out += '\\' + following;
            i++;
        }
        else
            out += tok.replace(/[[\]{}.+()|^$]/g, (c) => '\\' + c);
    }
    return new RegExp(out, global ? 'gu' : 'u');
}
function trimPrefix(pattern, value, greedy) {
    const match = shellPatternToRegex(pattern, greedy, true).exec(value);
    return match ? value.slice(match[0].length) : value;
}
function reversePattern(pattern) {
    const chars = Array.from(pattern);
    const out = new Array(chars.length);
    const last = chars.length - 1;
    for (let i = 0; i <= last;) {
        const tok = chars[i];
        if (tok === '\\' && i !== last) {
            out[last - i - 1] = tok;
            out[last - i] = chars[i + 1];
            i += 2;
        }
        else {
            out[last - i] = tok;
            i++;
        }
    }
    return out.join('');
}
function trimSuffix(pattern, value, greedy) {
    const reversed = Array.from(value).reverse().join('');
    return Array.from(trimPrefix(reversePattern(pattern), reversed, greedy)).reverse().join('');
}

;// CONCATENATED MODULE: ./src/dockerfile/image.ts
/**
 * Image references as the Docker distribution library reads them (`reference.ParseNormalizedNamed`):
 * `[registry/]repository[:tag][@digest]`, with Docker Hub's `docker.io` and `library/` made explicit.
 */
const DEFAULT_REGISTRY = 'docker.io';
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const DOMAIN = /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[0-9a-fA-F:.]+\])(?::[0-9]+)?$/;
const HEX64 = /^[a-f0-9]{64}$/;
/** Parses a reference, saying why when it is not one Docker would accept. */
function parseImageRef(raw) {
    const text = raw.trim();
    if (text === '')
        return { ok: false, error: 'empty image name' };
    if (HEX64.test(text))
        return { ok: false, error: 'an image ID is not a repository name' };
    let rest = text;
    let digest = null;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest))
            return { ok: false, error: `invalid digest "${digest}"` };
    }
    let tag = null;
    const lastColon = rest.lastIndexOf(':');
    if (lastColon > rest.lastIndexOf('/')) {
        tag = rest.slice(lastColon + 1);
        rest = rest.slice(0, lastColon);
        if (!TAG.test(tag))
            return { ok: false, error: `invalid tag "${tag}"` };
    }
    let registry = DEFAULT_REGISTRY;
    let explicitRegistry = false;
    let path = rest;
    const slash = rest.indexOf('/');
    if (slash >= 0) {
        const first = rest.slice(0, slash);
        if (/[.:]/.test(first) || first === 'localhost' || first.toLowerCase() !== first) {
            registry = first;
            explicitRegistry = true;
            path = rest.slice(slash + 1);
            if (!DOMAIN.test(registry))
                return { ok: false, error: `invalid registry "${registry}"` };
        }
    }
    if (registry === 'index.docker.io')
        registry = DEFAULT_REGISTRY;
    if (path === '')
        return { ok: false, error: 'empty repository name' };
    if (path.toLowerCase() !== path)
        return { ok: false, error: `repository name "${path}" must be lowercase` };
    for (const component of path.split('/')) {
        if (!PATH_COMPONENT.test(component))
            return { ok: false, error: `invalid repository name "${path}"` };
    }
    if (text.length > 255 + (tag ? tag.length + 1 : 0) + (digest ? digest.length + 1 : 0)) {
        return { ok: false, error: 'repository name too long' };
    }
    const repository = registry === DEFAULT_REGISTRY && !path.includes('/') ? `library/${path}` : path;
    let familiar;
    if (registry !== DEFAULT_REGISTRY)
        familiar = `${registry}/${path}`;
    else
        familiar = repository.startsWith('library/') ? repository.slice('library/'.length) : repository;
    const basename = path.slice(path.lastIndexOf('/') + 1);
    return { ok: true, image: { raw: text, registry, explicitRegistry, repository, familiar, basename, tag, digest } };
}
/** `node:20-alpine`, `ghcr.io/org/app@sha256:…` — the familiar form with tag and digest. */
function formatImage(image) {
    return image.familiar + (image.tag ? `:${image.tag}` : '') + (image.digest ? `@${image.digest}` : '');
}

;// CONCATENATED MODULE: ./src/dockerfile/words.ts
/**
 * Word splitting the way BuildKit's parser does it before any expansion (`parser/line_parsers.go`,
 * `parser/split_command.go`): quotes are kept in the words, the escape character protects the next
 * character, white space separates.
 */
const WHITESPACE = /\s/;
/** Splits on unquoted white space, keeping quotes and escapes in the words (BuildKit's `parseWords`). */
function parseWords(rest, escapeChar = '\\') {
    const words = [];
    let word = '';
    let inWord = false;
    let blankOk = false;
    let quote = '';
    const chars = Array.from(rest);
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i];
        if (quote) {
            if (ch === quote)
                quote = '';
            else if (ch === escapeChar && quote !== "'") {
                if (i + 1 === chars.length) {
                    quote = '';
                    continue;
                }
                word += ch;
                i++;
                word += chars[i];
                continue;
            }
            word += ch;
            continue;
        }
        if (WHITESPACE.test(ch)) {
            if (inWord && (blankOk || word.length > 0))
                words.push(word);
            word = '';
            inWord = false;
            blankOk = false;
            continue;
        }
        inWord = true;
        if (ch === "'" || ch === '"') {
            quote = ch;
            blankOk = true;
        }
        if (ch === escapeChar) {
            if (i + 1 === chars.length)
                continue;
            word += ch;
            i++;
            word += chars[i];
            continue;
        }
        word += ch;
    }
    if (inWord && (blankOk || word.length > 0))
        words.push(word);
    return words;
}
/** Takes the leading `--flag` words off an instruction's arguments (BuildKit's `extractBuilderFlags`). */
function extractFlags(line, escapeChar = '\\') {
    const flags = [];
    let word = '';
    let blankOk = false;
    let quote = '';
    let phase = 'spaces';
    for (let pos = 0; pos <= line.length; pos++) {
        const ch = pos < line.length ? line[pos] : '';
        if (phase === 'spaces') {
            if (pos === line.length)
                break;
            if (WHITESPACE.test(ch))
                continue;
            if (ch !== '-' || line[pos + 1] !== '-')
                return done(line, pos, flags);
            phase = 'word';
        }
        if (pos === line.length) {
            if (word !== '--' && (blankOk || word.length > 0))
                flags.push(word);
            break;
        }
        if (phase === 'word') {
            if (WHITESPACE.test(ch)) {
                phase = 'spaces';
                if (word === '--')
                    return done(line, pos, flags);
                if (blankOk || word.length > 0)
                    flags.push(word);
                word = '';
                blankOk = false;
                continue;
            }
            if (ch === "'" || ch === '"') {
                quote = ch;
                blankOk = true;
                phase = 'quote';
                continue;
            }
            if (ch === escapeChar) {
                if (pos + 1 === line.length)
                    continue;
                pos++;
                word += line[pos];
                continue;
            }
            word += ch;
            continue;
        }
        // phase === 'quote'
        if (ch === quote) {
            phase = 'word';
            continue;
        }
        if (ch === escapeChar) {
            if (pos + 1 === line.length) {
                phase = 'word';
                continue;
            }
            pos++;
            word += line[pos];
            continue;
        }
        word += ch;
    }
    return { flags, rest: '', restOffset: line.length };
}
function done(line, pos, flags) {
    let start = pos;
    while (start < line.length && WHITESPACE.test(line[start]))
        start++;
    return { flags, rest: line.slice(start).trimEnd(), restOffset: start };
}
/** Parses `["a", "b"]` as BuildKit does for the exec form: a JSON array of strings, else null. */
function parseExecForm(args) {
    const text = args.trim();
    if (!text.startsWith('['))
        return null;
    try {
        const value = JSON.parse(text);
        if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
            return value;
    }
    catch {
        // Not JSON: the shell form.
    }
    return null;
}

;// CONCATENATED MODULE: ./src/dockerfile/lines.ts


/**
 * How BuildKit's parser cuts a file into instructions (`frontend/dockerfile/parser/parser.go`): parser
 * directives at the top, comment and blank lines, line continuations and heredoc bodies. The model
 * follows these rules itself, so an instruction starts and ends exactly where it does for the build.
 */
/** The file line a position in `instruction.args` comes from. */
function lineOfArgsOffset(instruction, offset) {
    let line = instruction.line;
    for (const start of instruction.argsLines) {
        if (start.offset > offset)
            break;
        line = start.line;
    }
    return line;
}
/** `starts` for the text after its first `by` characters: lines that end before it are left out. */
function shiftLineStarts(starts, by) {
    return starts
        .filter((_start, i) => (starts[i + 1]?.offset ?? Infinity) > by)
        .map((start) => ({ offset: Math.max(0, start.offset - by), line: start.line }));
}
/** The lines BuildKit reads: the empty string after a final line break is not one. */
function physicalLineCount(lines) {
    return lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
}
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const KNOWN_DIRECTIVES = new Set(['syntax', 'escape', 'check']);
/**
 * Parser directives as BuildKit reads them: `#name=value` lines at the very top (leading white space
 * stripped, as BuildKit strips it from every line that may start an instruction), known names only; the
 * first other line, a blank one included, ends them.
 */
function readDirectives(lines, problems) {
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trimStart();
        if (!line.startsWith('#'))
            break;
        const m = DIRECTIVE.exec(line.slice(1).trimStart());
        if (!m)
            break;
        const name = m[1].toLowerCase();
        if (!KNOWN_DIRECTIVES.has(name))
            break;
        if (out.some((d) => d.name === name)) {
            problems.push({ line: i + 1, message: `only one ${name} parser directive can be used` });
            continue;
        }
        out.push({ name, value: m[2], line: i + 1 });
    }
    return out;
}
/** The escape character the directives choose; BuildKit refuses any other than `\` and `` ` ``. */
function escapeCharOf(directives) {
    return directives.find((d) => d.name === 'escape')?.value === '`' ? '`' : '\\';
}
const continuationPatterns = new Map();
/**
 * BuildKit's `lineContinuationRegex`: the escape character at the end of a line (blanks after it
 * allowed) continues it, unless another escape character precedes it — so `echo a\\` ends the
 * instruction, and so, as BuildKit reads it, does `echo a\\\`. Alone on a line it continues too.
 */
function continuationPattern(escapeChar) {
    let pattern = continuationPatterns.get(escapeChar);
    if (!pattern) {
        const esc = escapeChar.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
        pattern = new RegExp(`([^${esc}])${esc}[ \\t]*$|^${esc}[ \\t]*$`);
        continuationPatterns.set(escapeChar, pattern);
    }
    return pattern;
}
/** BuildKit's `isComment`: `#` after leading white space. */
function isComment(line) {
    return line.trimStart().startsWith('#');
}
/**
 * The instruction that starts on physical line `start` with its continuation lines, exactly as BuildKit
 * joins them: leading white space stripped from the first line only, comment and blank lines inside the
 * continuation dropped. Null when the line starts no instruction (blank, or a comment or directive).
 */
function readLogicalLine(lines, start, escapeChar) {
    const raw = lines[start];
    const first = raw.trimStart();
    if (first === '' || first.startsWith('#'))
        return null;
    const column = raw.length - first.length;
    const continuation = continuationPattern(escapeChar);
    const starts = [{ offset: 0, line: start + 1 }];
    const emptyLines = [];
    let match = continuation.exec(first);
    if (!match)
        return { text: first, firstLine: start, column, lastLine: start, starts, emptyLines };
    const parts = [first.slice(0, match.index) + (match[1] ?? '')];
    let length = parts[0].length;
    const physicalLines = physicalLineCount(lines);
    let i = start + 1;
    let lastKept = start;
    for (; i < physicalLines; i++) {
        const line = lines[i];
        if (line.trimStart() === '') {
            emptyLines.push(i + 1);
            continue;
        }
        if (isComment(line))
            continue;
        lastKept = i;
        starts.push({ offset: length, line: i + 1 });
        match = continuation.exec(line);
        const kept = match ? line.slice(0, match.index) + (match[1] ?? '') : line;
        parts.push(kept);
        length += kept.length;
        if (!match)
            break;
    }
    // A continuation that runs off the end of the file ends on the file's last line, as BuildKit reads it.
    const lastLine = i < physicalLines ? i : Math.max(lastKept, physicalLines - 1);
    return { text: parts.join(''), firstLine: start, column, lastLine, starts, emptyLines };
}
// BuildKit's `reHeredoc`: a name cannot contain `<`, so the here-string `<<<` is not a heredoc.
const HEREDOC_WORD = /^(\d*)<<(-?)\s*([^<]*)$/;
const quoteCount = (text) => (text.match(/["']/g) ?? []).length;
/**
 * The heredocs a RUN, COPY or ADD line opens, as BuildKit's `heredocsFromLine` finds them: the whole
 * logical line split into words on unquoted white space, with `\` as escape whatever the escape
 * directive says and quotes kept — so `"a <<EOF"` is one word and opens nothing, and neither does
 * `cat<<EOF` — then each word matched whole. A marker whose name is not one word once unquoted opens
 * nothing; a name with quotes turns off expansion in the body.
 */
function heredocMarkers(line) {
    const markers = [];
    for (const word of parseWords(line, '\\')) {
        const m = HEREDOC_WORD.exec(word);
        if (!m || m[3] === '')
            continue;
        const rawName = m[3];
        const unquoted = expandWord(rawName, emptyLookup, { escapeChar: '\\', keepUnset: true });
        if (unquoted.error || unquoted.words.length !== 1)
            continue;
        const name = unquoted.words[0];
        markers.push({ name, chomp: m[2] === '-', quoted: quoteCount(name) !== quoteCount(rawName) });
    }
    return markers;
}
/**
 * The bodies of `markers`, one after the other from the line after `lastLine`: each runs up to the line
 * that is exactly its name (leading tabs removed first for `<<-`).
 */
function readHeredocBodies(lines, markers, lastLine) {
    const heredocs = [];
    const physicalLines = physicalLineCount(lines);
    let line = lastLine;
    for (const { name, chomp, quoted } of markers) {
        const body = [];
        const bodyStart = line + 2;
        let terminated = false;
        while (line + 1 < physicalLines) {
            line++;
            const candidate = chomp ? lines[line].replace(/^\t+/, '') : lines[line];
            if (candidate === name) {
                terminated = true;
                break;
            }
            body.push(lines[line]);
        }
        heredocs.push({ name, content: body.join('\n'), line: bodyStart, chomp, quoted });
        if (!terminated)
            return { heredocs, lastLine: line, unterminated: name };
    }
    return { heredocs, lastLine: line, unterminated: null };
}

;// CONCATENATED MODULE: ./src/dockerfile/onbuild.ts
/**
 * What a check looks at in an instruction's place: the instruction itself, or for `ONBUILD` the
 * instruction it triggers. Triggers run in the images built FROM this one; Stagecraft checks them where
 * they are written (docs/compatibility.md), so `ONBUILD ENV A 1` is judged as `ENV A 1` would be.
 * Report on the instruction as written (the ONBUILD): the trigger shares its lines.
 */
function instructionToCheck(instruction) {
    return instruction.trigger ?? instruction;
}
/** The keyword a suggested fix writes: `ENV`, or `ONBUILD ENV` for a trigger, each as the file spells it. */
function keywordAsWritten(checked) {
    const parent = checked.onbuildParent;
    return parent ? `${parent.rawKeyword} ${checked.rawKeyword}` : checked.rawKeyword;
}

;// CONCATENATED MODULE: ./src/dockerfile/scope-map.ts
/**
 * The variables (ENV, ARG) one instruction sees, without a copy per instruction. Each instruction that
 * sets variables makes a new version of a shared history instead of copying the map before it, so
 * 20,000 ENV lines cost 20,000 sets, not 200 million copied entries. A map is read like a `Map`: `get`
 * and `has` are cheap at any version; iterating builds a `Map` of the names in view (on demand, not
 * kept). Names come in the order they were first set, as a copied `Map` keeps them.
 */
class ScopeMap {
    history;
    version;
    size;
    constructor(history, version, 
    /** How many names this version holds. */
    size) {
        this.history = history;
        this.version = version;
        this.size = size;
    }
    /** Values written, forks included, by every ScopeMap of this process: the model's work, which tests check stays linear. */
    static writes = 0;
    static empty() {
        return new ScopeMap({ names: new Map(), latest: 0 }, 0, 0);
    }
    /**
     * This map with `pairs` set on top (a later pair of the same name wins). Extending the newest map of
     * a history costs only the pairs; extending an older one (a second stage built FROM the same stage)
     * copies the names it sees into a history of its own first.
     */
    with(pairs) {
        const history = this.version === this.history.latest ? this.history : this.fork();
        const version = ++history.latest;
        // Extending the newest version, every name of the history is in view: only new names add to the size.
        let size = history === this.history ? this.size : history.names.size;
        for (const [name, value] of pairs) {
            ScopeMap.writes++;
            const line = history.names.get(name);
            if (!line) {
                history.names.set(name, { versions: [version], values: [value] });
                size++;
            }
            else if (line.versions[line.versions.length - 1] === version)
                line.values[line.values.length - 1] = value;
            else {
                line.versions.push(version);
                line.values.push(value);
            }
        }
        return new ScopeMap(history, version, size);
    }
    fork() {
        const names = new Map();
        for (const [name, value] of this) {
            ScopeMap.writes++;
            names.set(name, { versions: [0], values: [value] });
        }
        return { names, latest: 0 };
    }
    /** Where `name` stands at this version: the index of its value, or -1 when it is not set yet. */
    indexOf(name) {
        const line = this.history.names.get(name);
        if (!line)
            return null;
        const { versions } = line;
        // Most reads are of the newest version; older ones search the versions (they only grow).
        if (versions[versions.length - 1] <= this.version)
            return { line, index: versions.length - 1 };
        let low = 0;
        let high = versions.length - 1;
        if (versions[0] > this.version)
            return null;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (versions[mid] <= this.version)
                low = mid;
            else
                high = mid - 1;
        }
        return { line, index: low };
    }
    get(name) {
        const at = this.indexOf(name);
        return at ? at.line.values[at.index] : undefined;
    }
    has(name) {
        return this.indexOf(name) !== null;
    }
    /** A plain Map of what this version holds: what iteration walks. */
    snapshot() {
        const out = new Map();
        // Names were first set in the order the map holds them, so the first one set later ends the walk.
        for (const [name, line] of this.history.names) {
            if (line.versions[0] > this.version)
                break;
            out.set(name, this.get(name));
        }
        return out;
    }
    entries() {
        return this.snapshot().entries();
    }
    keys() {
        return this.snapshot().keys();
    }
    values() {
        return this.snapshot().values();
    }
    forEach(callback, thisArg) {
        for (const [key, value] of this.snapshot())
            callback.call(thisArg, value, key, this);
    }
    [Symbol.iterator]() {
        return this.entries();
    }
}

;// CONCATENATED MODULE: ./src/dockerfile/state.ts


const DEFAULT_SHELL = ['/bin/sh', '-c'];
function defaultState(stage) {
    // A scratch image has no WORKDIR or USER set: BuildKit starts at / as root.
    const scratch = stage.base.kind === 'scratch';
    return { shell: DEFAULT_SHELL, shellLine: null, workdir: scratch ? '/' : null, user: null, userLine: null, env: ScopeMap.empty() };
}
/** `map` with `pairs` set, sharing its history rather than copying it (see ScopeMap). */
function extended(map, pairs) {
    return (map instanceof ScopeMap ? map : ScopeMap.empty().with(map)).with(pairs);
}
/**
 * Walks every stage in order and records, on each instruction, the variables it can use, and on each
 * stage what it inherits (`initial`) and passes on (`final`). ENV, SHELL, WORKDIR and USER flow from a
 * stage to the stages built FROM it; ARGs do not (they are not part of the image).
 *
 * @param globalDefaults the global ARGs' defaults: an in-stage `ARG NAME` without a value takes them.
 */
function buildStageStates(stages, globalDefaults, escapeChar) {
    for (const stage of stages) {
        const parent = stage.base.kind === 'stage' ? stages[stage.base.stage] : undefined;
        const initial = parent ? parent.final : defaultState(stage);
        stage.initial = initial;
        const noArgs = ScopeMap.empty();
        stage.from.scope = { env: initial.env, args: noArgs, shell: initial.shell };
        let state = initial;
        let scope = { env: initial.env, args: noArgs, shell: initial.shell };
        for (const ins of stage.instructions) {
            ins.scope = scope;
            if (ins.trigger)
                ins.trigger.scope = scope;
            const next = apply(ins, state, scope, globalDefaults, escapeChar);
            state = next.state;
            scope = next.scope;
        }
        stage.final = state;
    }
}
function lookupOf(scope) {
    return {
        get(name) {
            const arg = scope.args.get(name);
            if (arg !== undefined && arg !== null)
                return arg;
            return scope.env.get(name);
        },
    };
}
function expandValue(raw, scope, escapeChar) {
    const exp = expandWord(raw, lookupOf(scope), { escapeChar, keepUnset: true });
    return exp.error ? raw : exp.result;
}
function apply(ins, state, scope, globalDefaults, escapeChar) {
    switch (ins.keyword) {
        case 'ARG': {
            const args = extended(scope.args, ins.pairs.map((pair) => {
                if (pair.rawValue !== null)
                    return [pair.key, expandValue(pair.rawValue, scope, escapeChar)];
                return [pair.key, globalDefaults.get(pair.key) ?? null];
            }));
            return { state, scope: { ...scope, args } };
        }
        case 'ENV': {
            const env = extended(state.env, ins.pairs.map((pair) => [pair.key, pair.rawValue === null ? '' : expandValue(pair.rawValue, scope, escapeChar)]));
            return { state: { ...state, env }, scope: { ...scope, env } };
        }
        case 'SHELL':
            if (ins.execForm && ins.execForm.length > 0) {
                return { state: { ...state, shell: ins.execForm, shellLine: ins.line }, scope: { ...scope, shell: ins.execForm } };
            }
            return { state, scope };
        case 'WORKDIR': {
            const dir = expandValue(ins.args, scope, escapeChar);
            let workdir;
            if (dir.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(dir))
                workdir = normalizePath(dir);
            else
                workdir = state.workdir === null ? null : normalizePath(`${state.workdir}/${dir}`);
            return { state: { ...state, workdir }, scope };
        }
        case 'USER':
            return { state: { ...state, user: expandValue(ins.args, scope, escapeChar), userLine: ins.line }, scope };
        default:
            return { state, scope };
    }
}
function normalizePath(path) {
    if (/^[a-zA-Z]:/.test(path))
        return path;
    const parts = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            parts.pop();
        else
            parts.push(part);
    }
    return '/' + parts.join('/');
}
/** ENV and ARG values an instruction sees, for expanding its words. */
const scopeLookup = lookupOf;

;// CONCATENATED MODULE: ./src/dockerfile/parse.ts






const KNOWN_KEYWORDS = new Set([
    'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
    'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const FLAG_KEYWORDS = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
/**
 * The platform arguments BuildKit defines without an ARG (its `defaultArgs`), valued as on a linux/amd64
 * builder: what a FROM line resolves with when no build argument is given. Not a claim about the build.
 * https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope
 */
const PLATFORM_ARG_DEFAULTS = new Map([
    ['BUILDPLATFORM', 'linux/amd64'], ['BUILDOS', 'linux'], ['BUILDOSVERSION', ''], ['BUILDARCH', 'amd64'], ['BUILDVARIANT', ''],
    ['TARGETPLATFORM', 'linux/amd64'], ['TARGETOS', 'linux'], ['TARGETOSVERSION', ''], ['TARGETARCH', 'amd64'], ['TARGETVARIANT', ''],
]);
/**
 * Parses a Dockerfile into the model. Never throws on any input: what BuildKit would refuse is listed
 * in `problems`, and everything that can still be read is read.
 */
function parse_parseDockerfile(input, options = {}) {
    const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
    const path = (options.path ?? 'Dockerfile').replace(/\\/g, '/');
    const lines = text.split(/\r\n|\r|\n/);
    const problems = [];
    const loneCarriageReturn = /\r(?![\r\n]|$)/.exec(text);
    if (loneCarriageReturn) {
        // Editors (and this model) end a line there; BuildKit ends lines at \n only and reads on.
        const line = text.slice(0, loneCarriageReturn.index).split(/\r\n|\r|\n/).length;
        problems.push({ line, message: 'a carriage return without a line feed ends this line for editors, not for BuildKit, which reads it and the next line as one; save the file with \\n (or \\r\\n) line ends' });
    }
    const directives = readDirectives(lines, problems);
    const escapeDirective = directives.find((d) => d.name === 'escape');
    if (escapeDirective && escapeDirective.value !== '\\' && escapeDirective.value !== '`') {
        problems.push({ line: escapeDirective.line, message: `invalid escape character "${escapeDirective.value}": use \` or \\` });
    }
    const escapeChar = escapeCharOf(directives);
    // Instruction by instruction, as BuildKit's parser reads them: each ends after its continuation lines
    // and heredoc bodies, and the next starts at the first line after it that is not blank or a comment.
    const instructions = [];
    const physicalLines = physicalLineCount(lines);
    for (let next = 0; next < physicalLines;) {
        const logical = readLogicalLine(lines, next, escapeChar);
        if (!logical) {
            next++;
            continue;
        }
        const ins = buildInstruction(logical, lines, escapeChar, problems);
        instructions.push(ins);
        next = ins.endLine;
    }
    const comments = readComments(lines, instructions, directives.length);
    // Stages.
    const stages = [];
    const preamble = [];
    for (const ins of instructions) {
        if (ins.keyword === 'FROM') {
            stages.push(newStage(stages.length, ins));
        }
        const current = stages[stages.length - 1];
        ins.stage = current ? current.index : -1;
        if (ins.trigger)
            ins.trigger.stage = ins.stage;
        if (!current)
            preamble.push(ins);
        else if (ins !== current.from)
            current.instructions.push(ins);
    }
    for (let i = 0; i < stages.length; i++) {
        const next = stages[i + 1];
        stages[i].endLine = next ? next.from.line - 1 : Math.max(stages[i].from.endLine, lastContentLine(lines));
    }
    // Global ARGs and FROM resolution.
    const { declarations: globalArgs, values: fromLookup } = collectGlobalArgs(preamble, escapeChar);
    const earlier = new Map();
    for (const stage of stages) {
        resolveBase(stage, earlier, fromLookup, escapeChar);
        if (stage.name !== null)
            earlier.set(stage.id, stage);
    }
    // Scopes, inherited state and dependencies.
    const globalDefaults = new Map(globalArgs.map((a) => [a.name, a.resolvedDefault]));
    for (const ins of preamble)
        ins.scope = EMPTY_SCOPE;
    buildStageStates(stages, globalDefaults, escapeChar);
    for (const stage of stages)
        stage.dependencies = collectDependencies(stage, stages, escapeChar);
    reportStructureProblems(instructions, preamble, stages, escapeChar, problems);
    return { path, text, lines, escapeChar, directives, globalArgs, instructions, preamble, stages, comments, problems };
}
const EMPTY_MAP = new Map();
const EMPTY_SCOPE = { env: EMPTY_MAP, args: EMPTY_MAP, shell: ['/bin/sh', '-c'] };
/** Comment lines outside heredoc bodies; those between an instruction's continuation lines are marked embedded. */
function readComments(lines, instructions, directiveCount) {
    const embedded = new Set();
    const body = new Set();
    for (const ins of instructions) {
        const bodyStart = ins.heredocs.length > 0 ? ins.heredocs[0].line : ins.endLine + 1;
        for (let l = ins.line; l < bodyStart && l <= ins.endLine; l++)
            embedded.add(l);
        for (let l = bodyStart; l <= ins.endLine; l++)
            body.add(l);
    }
    const out = [];
    for (let i = directiveCount; i < lines.length; i++) {
        const line = i + 1;
        if (body.has(line))
            continue;
        const trimmed = lines[i].trimStart();
        if (!trimmed.startsWith('#'))
            continue;
        out.push({ line, text: trimmed.slice(1).trim(), embedded: embedded.has(line) });
    }
    return out;
}
function lastContentLine(lines) {
    for (let i = lines.length - 1; i >= 0; i--)
        if (lines[i].trim() !== '')
            return i + 1;
    return 1;
}
/** BuildKit's `splitCommand`: the keyword is the first word, white space being blanks and tabs only. */
const KEYWORD = /^[^ \t\v\f\r]*/;
function buildInstruction(logical, lines, escapeChar, problems) {
    const rawKeyword = KEYWORD.exec(logical.text)[0];
    const keyword = rawKeyword.toUpperCase();
    const afterKeyword = logical.text.slice(rawKeyword.length);
    let flagWords = [];
    let argsStart = rawKeyword.length + afterKeyword.length - afterKeyword.trimStart().length;
    if (FLAG_KEYWORDS.has(keyword)) {
        const split = extractFlags(afterKeyword, escapeChar);
        flagWords = split.flags;
        argsStart = rawKeyword.length + split.restOffset;
    }
    const args = logical.text.slice(argsStart).trim();
    const flags = flagWords.map((word) => toFlag(word, lines, logical.firstLine, logical.lastLine));
    const ins = {
        keyword,
        rawKeyword,
        line: logical.firstLine + 1,
        endLine: logical.lastLine + 1,
        column: logical.column + 1,
        args,
        argsLines: shiftLineStarts(logical.starts, argsStart),
        emptyContinuationLines: logical.emptyLines,
        flags,
        execForm: null,
        heredocs: [],
        pairs: [],
        stage: -1,
        trigger: null,
        onbuildParent: null,
        scope: EMPTY_SCOPE,
    };
    fillForm(ins, escapeChar, problems);
    if (keyword === 'ONBUILD')
        ins.trigger = buildTrigger(ins, escapeChar, problems);
    readHeredocs(ins, logical, lines, problems);
    return ins;
}
/**
 * Reads the heredoc bodies after the instruction's lines, when BuildKit would (`canContainHeredoc`): a
 * RUN, COPY or ADD — or an ONBUILD whose trigger is one — in the shell form, whose line opens one.
 */
function readHeredocs(ins, logical, lines, problems) {
    const checked = instructionToCheck(ins);
    if (!HEREDOC_KEYWORDS.has(checked.keyword) || checked.execForm !== null || !logical.text.includes('<<'))
        return;
    const markers = heredocMarkers(logical.text);
    if (markers.length === 0)
        return;
    const bodies = readHeredocBodies(lines, markers, logical.lastLine);
    if (bodies.unterminated) {
        problems.push({ line: ins.line, endLine: bodies.lastLine + 1, message: `unterminated heredoc <<${bodies.unterminated}` });
    }
    for (const target of ins.trigger ? [ins, ins.trigger] : [ins]) {
        target.heredocs = bodies.heredocs;
        target.endLine = bodies.lastLine + 1;
    }
}
function fillForm(ins, escapeChar, problems) {
    switch (ins.keyword) {
        case 'CMD':
        case 'ENTRYPOINT':
        case 'RUN':
        case 'SHELL':
        case 'COPY':
        case 'ADD':
        case 'VOLUME':
            ins.execForm = readExecForm(ins, ins.args, problems);
            break;
        case 'HEALTHCHECK': {
            const m = /^(cmd)\s+([\s\S]*)$/i.exec(ins.args);
            if (m)
                ins.execForm = readExecForm(ins, m[2], problems);
            break;
        }
        case 'ENV':
        case 'LABEL':
            ins.pairs = readNameValues(ins, escapeChar, problems);
            break;
        case 'ARG':
            ins.pairs = parseWords(ins.args, escapeChar).map((word) => {
                const eq = word.indexOf('=');
                if (eq < 0)
                    return { key: word, value: null, rawValue: null, equals: false };
                const rawValue = word.slice(eq + 1);
                return { key: word.slice(0, eq), value: unquote(rawValue, escapeChar), rawValue, equals: true };
            });
            break;
    }
}
/** The exec form of `text`; a JSON array holding anything but strings fails BuildKit's parser, so it is a problem. */
function readExecForm(ins, text, problems) {
    const execForm = parseExecForm(text);
    if (execForm === null && text.trimStart().startsWith('[')) {
        const other = jsonArrayNonString(text);
        if (other !== undefined) {
            problems.push({
                line: ins.line,
                endLine: ins.endLine,
                message: `${ins.keyword}: a JSON array may hold only strings, and ${JSON.stringify(other)} is not one (BuildKit: "when using JSON array syntax, arrays must be comprised of strings only"): quote it`,
            });
        }
    }
    return execForm;
}
/** The first element of a JSON array that is not a string; undefined when `text` is no such array. */
function jsonArrayNonString(text) {
    try {
        const value = JSON.parse(text);
        return Array.isArray(value) ? value.find((element) => typeof element !== 'string') : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * ENV and LABEL as BuildKit's `parseNameVal` reads them: `KEY=value …`, or the legacy `KEY value`
 * (everything after the key is the value). The first word decides the form; BuildKit refuses a `KEY=value`
 * list with a word lacking `=`, and a legacy key without a value.
 */
function readNameValues(ins, escapeChar, problems) {
    const { keyword, args } = ins;
    const words = parseWords(args, escapeChar);
    if (words.length === 0)
        return [];
    const refuse = (message) => problems.push({ line: ins.line, endLine: ins.endLine, message });
    if (!words[0].includes('=')) {
        const m = /^(\S+)\s+([\s\S]*)$/.exec(args.trim());
        const key = m ? m[1] : args.trim();
        const rawValue = m ? m[2] : null;
        if (rawValue === null) {
            refuse(`${keyword} ${key} needs a value: BuildKit refuses the legacy form without one ("${keyword} must have two arguments"); write \`${keyword} ${key}=\` for an empty value`);
        }
        return [{ key, value: rawValue === null ? null : unquote(rawValue, escapeChar), rawValue, equals: false }];
    }
    const withoutEquals = words.find((word) => !word.includes('='));
    if (withoutEquals !== undefined) {
        refuse(`${keyword} mixes the two forms: ${JSON.stringify(withoutEquals)} has no "=" after a key=value pair, so BuildKit stops ("can't find = in ${JSON.stringify(withoutEquals)}"); ` +
            `write every pair as key=value, one ${keyword} per legacy pair otherwise`);
    }
    return words.map((word) => {
        const eq = word.indexOf('=');
        if (eq < 0)
            return { key: word, value: null, rawValue: null, equals: true };
        const rawValue = word.slice(eq + 1);
        return { key: unquote(word.slice(0, eq), escapeChar), value: unquote(rawValue, escapeChar), rawValue, equals: true };
    });
}
/** Removes quotes and escapes but leaves `$VARS` as written. */
function unquote(word, escapeChar = '\\') {
    if (!/["'\\`$]/.test(word))
        return word;
    const out = expandWord(word, EMPTY_LOOKUP, { escapeChar, keepUnset: true });
    return out.error ? word : out.result;
}
const EMPTY_LOOKUP = { get: () => undefined };
function buildTrigger(parent, escapeChar, problems) {
    const rawKeyword = KEYWORD.exec(parent.args)[0];
    if (rawKeyword === '')
        return null;
    const keyword = rawKeyword.toUpperCase();
    let rest = parent.args.slice(rawKeyword.length);
    let flags = [];
    if (FLAG_KEYWORDS.has(keyword)) {
        const split = extractFlags(rest, escapeChar);
        flags = split.flags.map((w) => ({ ...flagParts(w), line: parent.line, column: parent.column }));
        rest = split.rest;
    }
    const args = rest.trim();
    const trigger = {
        ...parent,
        keyword,
        rawKeyword,
        args,
        argsLines: shiftLineStarts(parent.argsLines, parent.args.length - args.length),
        flags,
        execForm: null,
        pairs: [],
        trigger: null,
        onbuildParent: parent,
    };
    fillForm(trigger, escapeChar, problems);
    return trigger;
}
function flagParts(word) {
    const body = word.replace(/^--/, '');
    const eq = body.indexOf('=');
    return eq < 0 ? { name: body.toLowerCase(), value: null } : { name: body.slice(0, eq).toLowerCase(), value: body.slice(eq + 1) };
}
function toFlag(word, lines, firstLine, lastLine) {
    const parts = flagParts(word);
    const needle = `--${word.replace(/^--/, '').split('=')[0]}`;
    for (let l = firstLine; l <= lastLine; l++) {
        const col = lines[l].indexOf(needle);
        if (col >= 0)
            return { ...parts, line: l + 1, column: col + 1 };
    }
    return { ...parts, line: firstLine + 1, column: 1 };
}
function newStage(index, from) {
    const words = parseWords(from.args);
    let name = null;
    if (words.length >= 3 && words[1].toLowerCase() === 'as')
        name = words[2];
    const platformFlag = from.flags.find((f) => f.name === 'platform');
    const placeholderState = { shell: ['/bin/sh', '-c'], shellLine: null, workdir: null, user: null, userLine: null, env: EMPTY_MAP };
    return {
        index,
        name,
        id: name ? name.toLowerCase() : String(index),
        from,
        base: { kind: 'scratch', raw: words[0] ?? '' },
        platform: platformFlag?.value ?? null,
        instructions: [],
        dependencies: [],
        endLine: from.endLine,
        initial: placeholderState,
        final: placeholderState,
    };
}
/** The global ARGs, and the values FROM lines resolve with: the platform defaults, then each ARG's default. */
function collectGlobalArgs(preamble, escapeChar) {
    const declarations = [];
    const values = new Map(PLATFORM_ARG_DEFAULTS);
    for (const ins of preamble) {
        if (ins.keyword !== 'ARG')
            continue;
        for (const pair of ins.pairs) {
            let resolved = null;
            if (pair.rawValue !== null) {
                const exp = expandWord(pair.rawValue, mapLookup(values), { escapeChar });
                resolved = exp.error ? null : exp.result;
            }
            values.set(pair.key, resolved);
            declarations.push({ name: pair.key, defaultValue: pair.rawValue, resolvedDefault: resolved, line: ins.line });
        }
    }
    return { declarations, values };
}
/** @param earlier the latest stage of each name before this one */
function resolveBase(stage, earlier, globals, escapeChar) {
    const raw = stage.base.raw;
    const exp = expandWord(raw, mapLookup(globals), { escapeChar });
    // `${GPU:-cpu}` with GPU unset is `cpu`, as BuildKit builds it: only variables read bare stay open.
    const unresolved = [...exp.unmatched].filter((v) => (!globals.has(v) || globals.get(v) === null) && !exp.defaulted.has(v));
    const expanded = exp.error ? raw : exp.result;
    // Unlike `--from`, FROM matches stage names case-sensitively against their lower-cased form, and
    // `scratch` only as written: BuildKit takes `FROM Builder` for an image name (and fails on it).
    const parent = earlier.get(expanded);
    let base;
    if (parent && unresolved.length === 0)
        base = { kind: 'stage', stage: parent.index, raw };
    else if (expanded === 'scratch')
        base = { kind: 'scratch', raw };
    else {
        const parsed = unresolved.length === 0 && !exp.error ? parseImageRef(expanded) : null;
        base = { kind: 'image', raw, expanded, image: parsed && parsed.ok ? parsed.image : null, unresolved };
    }
    stage.base = base;
}
const stageNames = new WeakMap();
/** The first stage of a name (`--from` takes it), from an index built once per file. */
function firstStageNamed(stages, id) {
    let byName = stageNames.get(stages);
    if (!byName) {
        byName = new Map();
        for (const stage of stages)
            if (stage.name !== null && !byName.has(stage.id))
                byName.set(stage.id, stage);
        stageNames.set(stages, byName);
    }
    return byName.get(id);
}
function resolveReference(value, ins, stages, escapeChar) {
    let resolved = value;
    if (value.includes('$')) {
        // An ARG shadows an ENV of the same name, even one declared without a value.
        const { env, args } = ins.scope;
        const lookup = { get: (name) => (args.has(name) ? (args.get(name) ?? undefined) : env.get(name)) };
        const exp = expandWord(value, lookup, { escapeChar });
        if (exp.error || [...exp.unmatched].some((v) => !exp.defaulted.has(v)) || exp.result === '')
            return { kind: 'unknown', raw: value };
        resolved = exp.result;
    }
    const lower = resolved.toLowerCase();
    const byName = firstStageNamed(stages, lower);
    if (byName)
        return { kind: 'stage', stage: byName.index };
    if (/^\d+$/.test(resolved)) {
        const idx = Number(resolved);
        if (idx < stages.length)
            return { kind: 'stage', stage: idx };
    }
    if (lower === 'scratch')
        return { kind: 'image', image: null, raw: resolved };
    const parsed = parseImageRef(resolved);
    return { kind: 'image', image: parsed.ok ? parsed.image : null, raw: resolved };
}
function collectDependencies(stage, stages, escapeChar) {
    const deps = [];
    const base = stage.base;
    if (base.kind === 'stage') {
        deps.push({ kind: 'from', source: { kind: 'stage', stage: base.stage }, raw: base.raw, line: stage.from.line, instruction: stage.from });
    }
    else if (base.kind === 'image') {
        deps.push({
            kind: 'from',
            source: base.unresolved.length ? { kind: 'unknown', raw: base.raw } : { kind: 'image', image: base.image, raw: base.expanded },
            raw: base.raw,
            line: stage.from.line,
            instruction: stage.from,
        });
    }
    for (const ins of stage.instructions) {
        const target = ins.keyword === 'ONBUILD' ? null : ins;
        if (!target)
            continue;
        if (target.keyword === 'COPY' || target.keyword === 'ADD') {
            const from = target.flags.find((f) => f.name === 'from');
            if (from?.value) {
                deps.push({ kind: 'copy', source: resolveReference(from.value, target, stages, escapeChar), raw: from.value, line: target.line, instruction: target });
            }
        }
        else if (target.keyword === 'RUN') {
            for (const flag of target.flags) {
                if (flag.name !== 'mount' || !flag.value)
                    continue;
                const opts = parseMountOptions(flag.value);
                const from = opts.get('from');
                if (!from)
                    continue;
                deps.push({
                    kind: 'mount',
                    source: resolveReference(from, target, stages, escapeChar),
                    raw: from,
                    line: target.line,
                    instruction: target,
                    mountType: opts.get('type') ?? 'bind',
                });
            }
        }
    }
    return deps;
}
/** `type=cache,target=/root/.cache,from=builder` → a map; a bare word becomes `key → ""`. */
function parseMountOptions(value) {
    const out = new Map();
    for (const part of splitCsv(value)) {
        const eq = part.indexOf('=');
        if (eq < 0)
            out.set(part.trim().toLowerCase(), '');
        else
            out.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
    }
    return out;
}
function splitCsv(value) {
    const parts = [];
    let current = '';
    let quote = '';
    for (const ch of value) {
        if (quote) {
            if (ch === quote)
                quote = '';
            else
                current += ch;
        }
        else if (ch === '"' || ch === "'")
            quote = ch;
        else if (ch === ',') {
            parts.push(current);
            current = '';
        }
        else
            current += ch;
    }
    if (current !== '' || parts.length > 0)
        parts.push(current);
    return parts.filter((p) => p.trim() !== '');
}
function reportStructureProblems(instructions, preamble, stages, escapeChar, problems) {
    if (instructions.length === 0) {
        problems.push({ line: 1, message: 'the file has no instructions' });
        return;
    }
    for (const ins of instructions) {
        const checked = instructionToCheck(ins);
        if (!KNOWN_KEYWORDS.has(ins.keyword)) {
            problems.push({ line: ins.line, column: ins.column, message: `unknown instruction: ${ins.rawKeyword}` });
        }
        else if (ins.keyword === 'ONBUILD') {
            // ONBUILD FROM/MAINTAINER/ONBUILD is onbuild-trigger-not-allowed's finding (DL3043), not a parse error.
            if (!ins.trigger)
                problems.push({ line: ins.line, message: 'ONBUILD needs an instruction to run' });
            else if (!KNOWN_KEYWORDS.has(checked.keyword)) {
                problems.push({ line: ins.line, message: `unknown instruction: ${checked.rawKeyword}` });
            }
        }
        else if (ins.args === '' && ins.heredocs.length === 0) {
            problems.push({ line: ins.line, column: ins.column, message: `${ins.keyword} requires at least one argument` });
        }
        if (checked.keyword === 'EXPOSE') {
            const problem = exposeProtocolProblem(checked, escapeChar);
            // A trigger's EXPOSE is dispatched, and refused, only when an image is built FROM this one.
            if (problem)
                problems.push({ line: ins.line, endLine: ins.endLine, message: ins.trigger ? `in images built FROM this one, ${problem}` : problem });
        }
    }
    // An instruction other than ARG before the first FROM is instruction-before-from's finding (DL3061).
    if (stages.length === 0 && preamble.length > 0 && preamble.every((i) => i.keyword === 'ARG')) {
        problems.push({ line: preamble[0].line, message: 'the file has no FROM: no stages to build' });
    }
    for (const stage of stages) {
        const words = parseWords(stage.from.args);
        if (words.length === 2 || words.length > 3 || (words.length === 3 && words[1].toLowerCase() !== 'as')) {
            problems.push({ line: stage.from.line, message: 'FROM takes an image and an optional "AS name"' });
        }
        if (stage.name !== null && !/^[a-z][a-z0-9-_.]*$/i.test(stage.name)) {
            problems.push({ line: stage.from.line, message: `invalid stage name "${stage.name}": use letters, digits, "-", "_" and "."` });
        }
        const baseProblem = unparsableBaseProblem(stage, stages, escapeChar);
        if (baseProblem)
            problems.push({ line: stage.from.line, endLine: stage.from.endLine, message: baseProblem });
    }
}
/** BuildKit's `splitProtoPort`: the protocols EXPOSE takes, in any case. */
const EXPOSE_PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);
/**
 * A protocol BuildKit stops the build on (`EXPOSE 80/http`), in the port specs whose value is known
 * here; a spec that depends on a build argument or the base image's ENV is left alone.
 */
function exposeProtocolProblem(expose, escapeChar) {
    for (const word of parseWords(expose.args, escapeChar)) {
        const expansion = expandWord(word, scopeLookup(expose.scope), { escapeChar });
        if (expansion.error || expansion.unmatched.size > 0)
            continue;
        for (const spec of expansion.words) {
            // `[ip:][hostPort:]containerPort[/proto]`: the protocol is whatever follows the first `/` of the last part.
            const containerPort = spec.slice(spec.lastIndexOf(':') + 1);
            const slash = containerPort.indexOf('/');
            const protocol = slash < 0 ? '' : containerPort.slice(slash + 1);
            if (protocol === '' || EXPOSE_PROTOCOLS.has(protocol.toLowerCase()))
                continue;
            const fixed = spec.slice(0, spec.length - protocol.length) + 'tcp';
            return `invalid protocol ${JSON.stringify(protocol)} in EXPOSE ${spec}: BuildKit takes tcp, udp or sctp and stops the build on anything else; write \`EXPOSE ${fixed}\` (application protocols such as HTTP run over TCP)`;
        }
    }
    return null;
}
/** Podman's and Buildah's image transports (`FROM oci-archive:./out.tar`): a file using them is not meant for BuildKit. */
const CONTAINERS_TRANSPORT = /^(?:containers-storage|dir|docker|docker-archive|docker-daemon|oci|oci-archive|sif|ostree):/;
/**
 * A FROM reference written without variables that is neither an earlier stage, `scratch`, nor a valid
 * image name: BuildKit fails resolving it ("failed to parse stage name"), whatever the build arguments.
 * With variables, the defaults decide: that is invalid-default-arg-in-from's finding.
 */
function unparsableBaseProblem(stage, stages, escapeChar) {
    const base = stage.base;
    if (base.kind !== 'image' || base.image !== null || base.raw === '' || referencedVariables(base.raw, escapeChar).length > 0)
        return null;
    if (CONTAINERS_TRANSPORT.test(base.expanded))
        return null;
    const parsed = parseImageRef(base.expanded);
    if (parsed.ok)
        return null;
    const lower = base.expanded.toLowerCase();
    const meant = lower === 'scratch' || stages.some((s) => s.index < stage.index && s.id === lower);
    const fix = meant ? `; FROM names a stage (and scratch) only in lower case: write \`FROM ${lower}\`` : '';
    return `failed to parse stage name ${JSON.stringify(base.expanded)}: ${parsed.error}${fix}`;
}

;// CONCATENATED MODULE: ./src/dockerfile/data/official-images.ts
// Generated by scripts/official-images.ts from docker-library/official-images@37079fb336f5: do not edit.
// Regenerate: tsx scripts/official-images.ts <clone of docker-library/official-images>
/** Docker's official images today: the files under `library/`. */
const OFFICIAL_IMAGES = [
    'adminer',
    'aerospike',
    'almalinux',
    'alpine',
    'alt',
    'amazoncorretto',
    'amazonlinux',
    'api-firewall',
    'arangodb',
    'archlinux',
    'azul-zulu',
    'backdrop',
    'bash',
    'bonita',
    'buildpack-deps',
    'busybox',
    'caddy',
    'cassandra',
    'chronograf',
    'cirros',
    'clearlinux',
    'clefos',
    'clickhouse',
    'clojure',
    'composer',
    'convertigo',
    'couchbase',
    'couchdb',
    'crate',
    'dart',
    'debian',
    'docker',
    'drupal',
    'eclipse-mosquitto',
    'eclipse-temurin',
    'eggdrop',
    'elasticsearch',
    'elixir',
    'emqx',
    'erlang',
    'espocrm',
    'fedora',
    'flink',
    'fluentd',
    'friendica',
    'gazebo',
    'gcc',
    'geonetwork',
    'ghost',
    'golang',
    'gradle',
    'groovy',
    'haproxy',
    'haskell',
    'haxe',
    'hello-world',
    'hitch',
    'httpd',
    'hylang',
    'ibm-semeru-runtimes',
    'ibmjava',
    'influxdb',
    'irssi',
    'jetty',
    'joomla',
    'jruby',
    'julia',
    'kapacitor',
    'kibana',
    'kong',
    'krakend',
    'lightstreamer',
    'liquibase',
    'logstash',
    'mageia',
    'mariadb',
    'matomo',
    'maven',
    'mediawiki',
    'memcached',
    'mongo',
    'mongo-express',
    'monica',
    'mysql',
    'nats',
    'neo4j',
    'neurodebian',
    'nextcloud',
    'nginx',
    'nim',
    'node',
    'notary',
    'odoo',
    'open-liberty',
    'openjdk',
    'oraclelinux',
    'orientdb',
    'percona',
    'perl',
    'photon',
    'php',
    'php-zendserver',
    'phpmyadmin',
    'plone',
    'postfixadmin',
    'postgres',
    'pypy',
    'python',
    'r-base',
    'rabbitmq',
    'rakudo-star',
    'redis',
    'redmine',
    'registry',
    'rethinkdb',
    'rocket.chat',
    'rockylinux',
    'ros',
    'ruby',
    'rust',
    'sapmachine',
    'satosa',
    'silverpeas',
    'solr',
    'sonarqube',
    'spark',
    'spiped',
    'storm',
    'swift',
    'swipl',
    'teamspeak',
    'telegraf',
    'tomcat',
    'tomee',
    'traefik',
    'ubuntu',
    'unit',
    'varnish',
    'websphere-liberty',
    'wordpress',
    'xwiki',
    'yourls',
    'znc',
    'zookeeper',
];
/** Official images retired from the program: still served under `library/`, no longer updated. */
const RETIRED_OFFICIAL_IMAGES = [
    'adoptopenjdk',
    'celery',
    'centos',
    'consul',
    'couchdb-nouveau',
    'crux',
    'django',
    'docker-dev',
    'euleros',
    'express-gateway',
    'fsharp',
    'glassfish',
    'hello-seattle',
    'hipache',
    'hola-mundo',
    'iojs',
    'java',
    'jenkins',
    'jobber',
    'kaazing-gateway',
    'known',
    'lightstreamer-server',
    'mono',
    'mosquitto',
    'nats-streaming',
    'notary-server',
    'notary-signer',
    'nuxeo',
    'opensuse',
    'owncloud',
    'piwik',
    'rails',
    'rapidoid',
    'sentry',
    'sl',
    'sourcemage',
    'swarm',
    'thrift',
    'ubuntu-debootstrap',
    'ubuntu-upstart',
    'vault',
    'zend-php',
];

;// CONCATENATED MODULE: ./src/dockerfile/reach.ts
/** The stage `docker build --target` selects: by name (case-insensitive) or index; the last stage by default. */
function findTarget(df, target) {
    if (df.stages.length === 0)
        return null;
    if (target === undefined || target === null || target === '')
        return df.stages[df.stages.length - 1];
    const id = target.toLowerCase();
    return df.stages.find((s) => s.id === id) ?? (/^\d+$/.test(id) ? (df.stages[Number(id)] ?? null) : null);
}
/**
 * The stages several targets name, in order without repeats: one target as `--target` takes it, or the
 * targets of every build of the file (null in the list: the last stage); the last stage when none.
 * Names that match no stage are left out.
 */
function findTargets(df, requested) {
    const names = typeof requested === 'string' || requested === null || requested === undefined ? [requested ?? null] : requested.length > 0 ? requested : [null];
    const stages = [];
    for (const name of names) {
        const stage = findTarget(df, name);
        if (stage && !stages.includes(stage))
            stages.push(stage);
    }
    return stages;
}
/**
 * Indexes of the stages a build of `target` needs: the target, the stages it is built FROM and every
 * stage reached through `COPY --from` or `RUN --mount=…,from=`, transitively. BuildKit builds only these;
 * the legacy builder builds every stage up to the target. Several targets are walked together, each
 * stage once.
 */
function reachableFrom(df, target) {
    const seen = new Set();
    const stack = Array.isArray(target) ? target.map((t) => t.index) : [target.index];
    while (stack.length > 0) {
        const index = stack.pop();
        if (seen.has(index))
            continue;
        seen.add(index);
        for (const dep of df.stages[index].dependencies) {
            if (dep.source.kind === 'stage' && !seen.has(dep.source.stage))
                stack.push(dep.source.stage);
        }
    }
    return seen;
}
/** The stage chain an image is built from: the stage, its FROM parent, and so on up to an external base. */
function ancestry(df, stage) {
    const chain = [];
    const seen = new Set();
    let current = stage;
    while (current && !seen.has(current.index)) {
        chain.push(current);
        seen.add(current.index);
        current = current.base.kind === 'stage' ? df.stages[current.base.stage] : undefined;
    }
    return chain;
}

;// CONCATENATED MODULE: ./src/dockerfile/base-images.ts


/**
 * What Stagecraft knows about well-known base images without pulling them, in one place so that rules
 * agree: whether an image is one of Docker's official images, which shell `/bin/sh` is (and whether it
 * has `pipefail`), and the ENV keys an image's configuration sets. Facts are read from the image
 * reference alone (name and tag); an image not listed is "not known", never guessed.
 */
// ─── Official images ────────────────────────────────────────────────────────────────────────────
const DOCKER_HUB = 'docker.io';
/** Registries that mirror Docker's official images under another path: the same images. */
const OFFICIAL_MIRRORS = ['public.ecr.aws/docker/library/', 'mirror.gcr.io/library/'];
/**
 * Docker's official images, from docker-library/official-images (scripts/official-images.ts). A one-word
 * name that is not one of them (`FROM base`, `FROM myapp`) is a bake context, a local image or a typo:
 * Docker Hub would look it up under `library/`, but nothing known is there.
 */
const OFFICIAL = new Set([...OFFICIAL_IMAGES, ...RETIRED_OFFICIAL_IMAGES]);
/** The short name (`node`) of one of Docker's official images, on Docker Hub or a mirror of it; else null. */
function officialName(image) {
    let name = null;
    if (image.registry === DOCKER_HUB && image.repository.startsWith('library/'))
        name = image.repository.slice('library/'.length);
    for (const mirror of OFFICIAL_MIRRORS) {
        if (image.familiar.startsWith(mirror))
            name = image.familiar.slice(mirror.length);
    }
    return name !== null && OFFICIAL.has(name) ? name : null;
}
/** Whether an image is one of Docker's official images (`node`, `docker.io/library/node`, `mirror.gcr.io/library/node`). */
function isOfficialImage(image) {
    return officialName(image) !== null;
}
const RELEASES = [
    { distro: 'Debian', version: '8', codename: 'jessie', dashPipefail: false },
    { distro: 'Debian', version: '9', codename: 'stretch', dashPipefail: false },
    { distro: 'Debian', version: '10', codename: 'buster', dashPipefail: false },
    { distro: 'Debian', version: '11', codename: 'bullseye', dashPipefail: false },
    { distro: 'Debian', version: '12', codename: 'bookworm', dashPipefail: false },
    { distro: 'Debian', version: '13', codename: 'trixie', dashPipefail: true },
    { distro: 'Debian', version: '14', codename: 'forky', dashPipefail: true },
    { distro: 'Ubuntu', version: '16.04', codename: 'xenial', dashPipefail: false },
    { distro: 'Ubuntu', version: '18.04', codename: 'bionic', dashPipefail: false },
    { distro: 'Ubuntu', version: '20.04', codename: 'focal', dashPipefail: false },
    { distro: 'Ubuntu', version: '22.04', codename: 'jammy', dashPipefail: false },
    { distro: 'Ubuntu', version: '23.04', codename: 'lunar', dashPipefail: false },
    { distro: 'Ubuntu', version: '23.10', codename: 'mantic', dashPipefail: false },
    { distro: 'Ubuntu', version: '24.04', codename: 'noble', dashPipefail: false },
    { distro: 'Ubuntu', version: '24.10', codename: 'oracular', dashPipefail: true },
    { distro: 'Ubuntu', version: '25.04', codename: 'plucky', dashPipefail: true },
    { distro: 'Ubuntu', version: '25.10', codename: 'questing', dashPipefail: true },
    { distro: 'Ubuntu', version: '26.04', codename: 'resolute', dashPipefail: true },
];
/** Debian's development suites only move forward, and have been past dash 0.5.12-7 since mid-2024. */
const DEBIAN_DEVELOPMENT = { distro: 'Debian', version: 'unstable', codename: 'sid', dashPipefail: true };
const DEBIAN_DEVELOPMENT_TAG = /^(sid|unstable|testing|experimental|rc-buggy)(?:-|$)/;
/** A release codename as one part of a tag: `node:22-bookworm-slim`, `eclipse-temurin:21-jammy`. */
const CODENAME_IN_TAG = new RegExp(`(?:^|[-_.])(${RELEASES.map((r) => r.codename).join('|')})(?:[-_.]|$)`);
function label(release) {
    return release === DEBIAN_DEVELOPMENT ? 'Debian testing/unstable' : `${release.distro} ${release.version} (${release.codename})`;
}
/** The Debian or Ubuntu release a tag names: `debian:12-slim`, `ubuntu:24.04`, `ubuntu:jammy-20240227`, `python:3.12-slim-bookworm`. */
function releaseOf(image) {
    const tag = image.tag ?? '';
    if (image.basename === 'debian' || image.basename === 'ubuntu') {
        const distro = image.basename === 'debian' ? 'Debian' : 'Ubuntu';
        if (distro === 'Debian' && DEBIAN_DEVELOPMENT_TAG.test(tag))
            return DEBIAN_DEVELOPMENT;
        // `12`, `12.5-slim` (Debian's major version) or `24.04` (Ubuntu's year.month).
        const version = (distro === 'Debian' ? /^\d+/ : /^\d\d\.\d\d/).exec(tag)?.[0];
        const byVersion = RELEASES.find((r) => r.distro === distro && r.version === version);
        if (byVersion)
            return byVersion;
    }
    const codename = CODENAME_IN_TAG.exec(tag)?.[1];
    return RELEASES.find((r) => r.codename === codename) ?? null;
}
/** Distributions whose /bin/sh is bash. */
const BASH_AS_SH = /^(fedora|centos|rockylinux|almalinux|amazonlinux|oraclelinux|rhel\d*|ubi\d*(-\w+)?|archlinux|opensuse|leap|tumbleweed)$/;
/** Distributions whose /bin/sh is BusyBox ash. */
const ASH_AS_SH = /^(alpine|busybox)$/;
/**
 * Which shell `/bin/sh` is in an image: bash on Fedora and the RHEL family, dash on Debian and Ubuntu
 * (and images whose tag names one of their releases), BusyBox ash on Alpine (and `-alpine` tags);
 * null when the image does not say. A moving tag (`debian`, `ubuntu:latest`, `debian:stable`) names
 * no release, so whether its dash has pipefail stays open.
 */
function systemShell(image) {
    const name = image.basename;
    const tag = image.tag ?? '';
    if (BASH_AS_SH.test(name))
        return { shell: 'bash', release: null, pipefail: true };
    if (ASH_AS_SH.test(name) || /alpine/.test(tag))
        return { shell: 'ash', release: null, pipefail: true };
    const release = releaseOf(image);
    if (name === 'debian' || name === 'ubuntu' || release) {
        return { shell: 'dash', release: release ? label(release) : null, pipefail: release?.dashPipefail ?? null };
    }
    return null;
}
/** `/bin/sh` of a stage: that of the image its `FROM <stage>` chain starts from; null when that is not known. */
function stageSystemShell(df, stage) {
    if (!stage)
        return null;
    const base = ancestry(df, stage).pop().base;
    return base.kind === 'image' && base.image ? systemShell(base.image) : null;
}
const DNF_FAMILY = /^(fedora|rockylinux|almalinux|oraclelinux)$/;
/** .NET images from 8.0 on ship an `app` user (uid 1654) and, for chiseled tags, start as it. */
const DOTNET_IMAGE = /^mcr\.microsoft\.com\/dotnet\/(core\/)?(sdk|aspnet|runtime|runtime-deps|monitor|aspire-dashboard)$/;
function dotnetFacts(image) {
    const tag = (image.tag ?? 'latest').toLowerCase();
    const major = Number(/^(\d+)/.exec(tag)?.[1] ?? NaN);
    const hasAppUser = Number.isNaN(major) || major >= 8;
    const chiseled = /chiseled|distroless/.test(tag);
    const alpine = /alpine/.test(tag);
    const windows = /nanoserver|windowsservercore/.test(tag);
    return {
        defaultUser: windows ? null : chiseled ? 'app' : 'root',
        appUser: hasAppUser && !windows ? 'app' : null,
        libc: windows ? null : alpine ? 'musl' : 'glibc',
        packageManager: chiseled || windows ? null : alpine ? 'apk' : /cbl-mariner|azurelinux/.test(tag) ? 'dnf' : 'apt',
        shell: chiseled || windows ? null : systemShell(image) ?? (alpine ? null : { shell: 'dash', release: null, pipefail: null }),
    };
}
/**
 * What a base image starts as — its user (and the unprivileged user it ships), C library, package
 * manager and `/bin/sh` — for Docker's official images, distroless and the .NET images; null for an
 * image not known (a team's own base may set a USER of its own).
 */
function baseImageFacts(image) {
    const tag = (image.tag ?? 'latest').toLowerCase();
    if (DOTNET_IMAGE.test(image.familiar))
        return dotnetFacts(image);
    if (image.familiar.startsWith('gcr.io/distroless/')) {
        const flavour = image.familiar.slice('gcr.io/distroless/'.length);
        return {
            defaultUser: /nonroot/.test(tag) ? 'nonroot' : 'root',
            appUser: /nonroot/.test(tag) ? null : 'nonroot',
            libc: /^static/.test(flavour) ? 'none' : 'glibc',
            packageManager: null,
            shell: /debug/.test(tag) ? { shell: 'ash', release: null, pipefail: true } : null,
        };
    }
    const name = officialName(image);
    if (name === null)
        return null;
    const windows = /nanoserver|windowsservercore|ltsc\d{4}/.test(tag);
    if (windows)
        return { defaultUser: null, appUser: null, libc: null, packageManager: null, shell: null };
    const musl = name === 'alpine' || /alpine/.test(tag);
    let packageManager = musl ? 'apk' : 'apt';
    if (DNF_FAMILY.test(name))
        packageManager = name === 'oraclelinux' && /^[0-7](\b|\.|-)/.test(tag) ? 'yum' : tag.includes('minimal') ? 'microdnf' : 'dnf';
    else if (name === 'amazonlinux')
        packageManager = /^2($|\.|-)/.test(tag) ? 'yum' : 'dnf';
    else if (name === 'centos')
        packageManager = 'yum';
    else if (name === 'archlinux')
        packageManager = 'pacman';
    else if (name === 'busybox')
        packageManager = null;
    else if (name === 'amazoncorretto' && !musl)
        packageManager = 'yum';
    return {
        defaultUser: 'root',
        appUser: name === 'node' ? 'node' : null,
        libc: musl || (name === 'busybox' && /musl/.test(tag)) ? 'musl' : name === 'busybox' ? null : 'glibc',
        packageManager,
        shell: systemShell(image),
    };
}
// ─── ENV ────────────────────────────────────────────────────────────────────────────────────────
/*
 * The ENV keys well-known base images set in their image configuration, so checks that BuildKit runs
 * against the pulled image's config (UndefinedVar) can run without pulling it.
 *
 * Each list is the union over the image's tags and variants, past and present, taken from the history
 * of the repositories that build them (docker-library/*, nodejs/docker-node, nginxinc/docker-nginx,
 * adoptium/containers, dotnet/dotnet-docker, …): a key some tag sets counts as defined, because
 * saying "defined" wrongly only costs a missed warning while saying "undefined" wrongly costs a false
 * one. Images built FROM another listed image include its keys.
 */
/** BuildKit gives every Linux image a PATH when its configuration has none. */
const ALWAYS = ['PATH'];
/** Distribution images: nothing beyond PATH. */
const OS = [];
const JDK = [
    'JAVA_HOME', 'JAVA_VERSION', 'LANG', 'LANGUAGE', 'LC_ALL', 'JAVA_TOOL_OPTIONS',
    // openjdk (deprecated) and older temurin tags.
    'JAVA_URL', 'JAVA_SHA256', 'JAVA_DEBIAN_VERSION', 'JAVA_BASE_URL', 'JAVA_URL_VERSION', 'JAVA_ALPINE_VERSION',
    'JAVA_OJDKBUILD_VERSION', 'JAVA_OJDKBUILD_ZIP', 'JAVA_OJDKBUILD_SHA256', 'CA_CERTIFICATES_JAVA_VERSION',
    'JAVA_CENTOS_VERSION', 'JAVA_ZIP_VERSION',
];
const GOLANG = [
    'GOLANG_VERSION', 'GOTOOLCHAIN', 'GOPATH', 'GOLANG_DOWNLOAD_URL', 'GOLANG_DOWNLOAD_SHA256', 'GOLANG_SRC_URL',
    'GOLANG_SRC_SHA256', 'GIT_VERSION', 'GIT_TAG', 'GIT_DOWNLOAD_URL', 'GIT_DOWNLOAD_SHA256',
];
const PHP = [
    'PHPIZE_DEPS', 'PHP_INI_DIR', 'PHP_CFLAGS', 'PHP_CPPFLAGS', 'PHP_LDFLAGS', 'GPG_KEYS', 'PHP_VERSION', 'PHP_URL',
    'PHP_ASC_URL', 'PHP_SHA256', 'PHP_MD5', 'PHP_EXTRA_CONFIGURE_ARGS', 'PHP_EXTRA_BUILD_DEPS', 'PHP_FILENAME',
    'APACHE_CONFDIR', 'APACHE_ENVVARS',
];
const PYTHON = [
    'LANG', 'GPG_KEY', 'PYTHON_VERSION', 'PYTHON_SHA256', 'PYTHON_RELEASE', 'PYTHON_PIP_VERSION',
    'PYTHON_SETUPTOOLS_VERSION', 'PYTHON_WHEEL_VERSION', 'PYTHON_GET_PIP_URL', 'PYTHON_GET_PIP_SHA256', 'PYTHONIOENCODING',
];
const DOTNET = [
    'APP_UID', 'ASPNETCORE_HTTP_PORTS', 'ASPNETCORE_URLS', 'ASPNETCORE_VERSION', 'ASPNET_VERSION', 'DOTNET_VERSION',
    'DOTNET_SDK_VERSION', 'DOTNET_RUNNING_IN_CONTAINER', 'DOTNET_SYSTEM_GLOBALIZATION_INVARIANT', 'DOTNET_GENERATE_ASPNET_CERTIFICATE',
    'DOTNET_NOLOGO', 'DOTNET_USE_POLLING_FILE_WATCHER', 'NUGET_XMLDOC_MODE', 'POWERSHELL_DISTRIBUTION_CHANNEL',
    'DOTNET_SKIP_FIRST_TIME_EXPERIENCE', 'LANG', 'LC_ALL',
];
const GOSU = ['GOSU_VERSION'];
/** Official images by their short name (`node`, not `docker.io/library/node`). */
const KNOWN_IMAGES = new Map([
    ['alpine', OS],
    ['busybox', OS],
    ['debian', OS],
    ['ubuntu', OS],
    ['buildpack-deps', OS],
    ['centos', OS],
    ['rockylinux', OS],
    ['almalinux', OS],
    ['amazonlinux', OS],
    ['oraclelinux', OS],
    ['golang', GOLANG],
    ['node', ['NODE_VERSION', 'YARN_VERSION', 'NPM_VERSION', 'NPM_CONFIG_LOGLEVEL', 'GPG_VERSION', 'NODE_GPG_KEYS', 'NODE_CHECKSUM', 'NODE_SHA256']],
    ['python', PYTHON],
    ['pypy', [...PYTHON, 'PYPY_VERSION', 'PYPY_SHA256SUM']],
    ['openjdk', JDK],
    ['eclipse-temurin', [...JDK, 'ProgramFiles', 'WindowsPATH']],
    ['amazoncorretto', JDK],
    ['maven', [...JDK, 'MAVEN_HOME', 'MAVEN_CONFIG', 'MAVEN_VERSION', 'ProgramFiles', 'WindowsPATH']],
    ['gradle', [...JDK, 'GRADLE_HOME', 'GRADLE_VERSION', 'GRADLE_DOWNLOAD_SHA256', 'JAVA_CURRENT_HOME', 'JAVA_LTS_HOME', 'JAVA17_HOME', 'JAVA21_HOME']],
    ['tomcat', [
            ...JDK, 'CATALINA_HOME', 'TOMCAT_NATIVE_LIBDIR', 'LD_LIBRARY_PATH', 'GPG_KEYS', 'TOMCAT_MAJOR', 'TOMCAT_VERSION',
            'TOMCAT_SHA512', 'TOMCAT_SHA1', 'TOMCAT_TGZ_URLS', 'TOMCAT_ASC_URLS', 'OPENSSL_VERSION',
        ]],
    ['nginx', ['NGINX_VERSION', 'NJS_VERSION', 'NJS_RELEASE', 'PKG_RELEASE', 'DYNPKG_RELEASE', 'OTEL_VERSION', 'ACME_VERSION']],
    ['httpd', [
            'HTTPD_PREFIX', 'HTTPD_VERSION', 'HTTPD_SHA256', 'HTTPD_SHA1', 'HTTPD_PATCHES', 'HTTPD_BZ2_URL', 'HTTPD_ASC_URL',
            'OPENSSL_VERSION', 'NGHTTP2_VERSION',
        ]],
    ['php', PHP],
    ['wordpress', [
            ...PHP, 'WORDPRESS_VERSION', 'WORDPRESS_SHA1', 'WORDPRESS_CLI_VERSION', 'WORDPRESS_CLI_SHA512',
            'WORDPRESS_CLI_GPG_KEY', 'WORDPRESS_UPSTREAM_VERSION',
        ]],
    ['drupal', [...PHP, 'DRUPAL_VERSION', 'DRUPAL_MD5', 'DRUPAL_SHA256', 'DRUPAL_URL', 'COMPOSER_ALLOW_SUPERUSER']],
    ['composer', [...PHP, 'COMPOSER_VERSION', 'COMPOSER_HOME', 'COMPOSER_ALLOW_SUPERUSER', 'TINI_VERSION']],
    ['ruby', [
            'LANG', 'RUBY_MAJOR', 'RUBY_VERSION', 'RUBY_DOWNLOAD_URL', 'RUBY_DOWNLOAD_SHA256', 'RUBYGEMS_VERSION',
            'BUNDLER_VERSION', 'GEM_HOME', 'BUNDLE_SILENCE_ROOT_WARNING', 'BUNDLE_APP_CONFIG', 'BUNDLE_PATH', 'BUNDLE_BIN',
        ]],
    ['rust', ['RUSTUP_HOME', 'CARGO_HOME', 'RUST_VERSION', 'RUSTUP_VERSION']],
    ['redis', [...GOSU, 'REDIS_VERSION', 'REDIS_DOWNLOAD_URL', 'REDIS_DOWNLOAD_SHA', 'REDIS_DOWNLOAD_SHA1']],
    ['postgres', [...GOSU, 'LANG', 'LANGUAGE', 'LC_ALL', 'PG_MAJOR', 'PG_VERSION', 'PG_SHA256', 'PGDATA', 'DOCKER_PG_LLVM_DEPS']],
    ['mysql', [...GOSU, 'MYSQL_MAJOR', 'MYSQL_VERSION', 'MYSQL_SHELL_VERSION']],
    ['mariadb', [...GOSU, 'LANG', 'MARIADB_MAJOR', 'MARIADB_VERSION']],
    ['mongo', [
            ...GOSU, 'JSYAML_VERSION', 'JSYAML_CHECKSUM', 'GPG_KEYS', 'MONGO_PACKAGE', 'MONGO_REPO', 'MONGO_MAJOR',
            'MONGO_VERSION', 'MONGO_DOWNLOAD_URL', 'MONGO_DOWNLOAD_SHA256', 'HOME', 'GLIBC_TUNABLES',
        ]],
    ['haproxy', ['HAPROXY_VERSION', 'HAPROXY_URL', 'HAPROXY_SHA256', 'HAPROXY_MD5', 'HAPROXY_MAJOR']],
    ['docker', [
            'DOCKER_VERSION', 'DOCKER_URL', 'DOCKER_BUILDX_VERSION', 'DOCKER_BUILDX_URL', 'DOCKER_BUILDX_SHA256',
            'DOCKER_COMPOSE_VERSION', 'DOCKER_COMPOSE_URL', 'DOCKER_COMPOSE_SHA256', 'DOCKER_TLS_CERTDIR', 'DOCKER_CHANNEL',
            'DIND_COMMIT', 'ROOTLESSKIT_VERSION', 'DOCKER_HOST', 'HOME', 'USER', 'XDG_RUNTIME_DIR',
        ]],
    ['caddy', [...GOLANG, 'CADDY_VERSION', 'XCADDY_VERSION', 'XCADDY_SKIP_CLEANUP', 'XCADDY_SETCAP', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME']],
    ['mcr.microsoft.com/dotnet/sdk', DOTNET],
    ['mcr.microsoft.com/dotnet/aspnet', DOTNET],
    ['mcr.microsoft.com/dotnet/runtime', DOTNET],
    ['mcr.microsoft.com/dotnet/runtime-deps', DOTNET],
]);
/** ENV keys of `scratch`: only the PATH BuildKit adds. */
const SCRATCH_ENV_KEYS = ALWAYS;
/**
 * The ENV keys a base image defines (PATH included), or null when the image is not one we know —
 * callers must then treat every variable as possibly defined.
 */
function baseImageEnvKeys(image) {
    if (!image)
        return null;
    const keys = KNOWN_IMAGES.get(officialName(image) ?? image.familiar);
    return keys ? [...ALWAYS, ...keys] : null;
}
/** Whether a base image's configuration sets `name`: known yes, known no, or not known. */
function baseImageDefines(image, name) {
    const keys = baseImageEnvKeys(image);
    if (keys === null)
        return 'unknown';
    return keys.includes(name) ? 'yes' : 'no';
}

;// CONCATENATED MODULE: ./src/dockerfile/index.ts











// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/builds/place.ts

/**
 * Build files larger than this are not read. Real compose, bake and workflow files are a few KB; a
 * larger one is generated or hostile, and parsing it would cost more than it could tell.
 */
const place_MAX_BUILD_FILE_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** 'deploy/compose.yaml' → 'deploy'; 'compose.yaml' → ''. */
function folderOf(file) {
    const slash = file.lastIndexOf('/');
    return slash < 0 ? '' : file.slice(0, slash);
}
/** 'compose.yaml' → 'compose.yaml'; 'deploy/compose.yaml' → 'compose.yaml'. */
function baseNameOf(file) {
    return file.slice(file.lastIndexOf('/') + 1);
}
/** Files of `files` grouped by folder, each group in the order `names` gives, and only those names. */
function filesByFolder(files, names) {
    const byFolder = new Map();
    for (const file of files) {
        if (!names.includes(baseNameOf(file)))
            continue;
        const folder = folderOf(file);
        byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
    }
    for (const group of byFolder.values())
        group.sort((a, b) => names.indexOf(baseNameOf(a)) - names.indexOf(baseNameOf(b)));
    return byFolder;
}
/**
 * `relative` joined onto the repository folder `folder`, normalised ('' for the root), or null when it
 * is absolute or climbs out of the repository: neither names anything the linter can read.
 */
function resolveInRepo(folder, relative) {
    if (relative.startsWith('/') || /^[A-Za-z]:[\\/]/.test(relative))
        return null;
    const joined = posix.normalize(posix.join(folder || '.', relative));
    if (joined === '..' || joined.startsWith('../'))
        return null;
    return joined === '.' ? '' : joined.replace(/\/$/, '');
}
/**
 * Whether a build context is not a folder of this repository: a URL (`https://`, `git://`, `ssh://`,
 * `docker-image://`, …), an SSH Git address (`git@host:repo`) or a `github.com/…` shorthand.
 */
function isRemoteContext(context) {
    return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(context) || /^[\w.-]+@[\w.-]+:/.test(context) || /^github\.com\//.test(context);
}
/** The scheme buildx passes on to BuildKit as an image to build FROM (`--build-context node=docker-image://node:20`). */
const IMAGE_CONTEXT = 'docker-image://';
/** A named context and the image its value names, if it names one (`value` null: known only when the build runs). */
function namedContext(name, value) {
    return { name, image: value?.startsWith(IMAGE_CONTEXT) ? value.slice(IMAGE_CONTEXT.length) || null : null };
}
/** Named contexts sorted by name, each with the image its value names, if it names one. */
function namedContextsOf(values) {
    return [...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, value]) => namedContext(name, value));
}
/** What each kind of file calls one build. */
const BUILD_NOUNS = { stagecraft: 'build', bake: 'target', compose: 'service', workflow: 'job' };
/** How a message names a definition: `service api`, `target app`, `job build`. */
function describeBuild(kind, name) {
    const noun = BUILD_NOUNS[kind];
    return name === undefined ? noun : `${noun} ${name}`;
}
/**
 * Turns a spec into a definition with repository paths, or into a notice when the build does not
 * happen in this repository (a remote context, a path outside it, an inline Dockerfile).
 */
function placeBuild(spec, out) {
    const who = describeBuild(spec.source.kind, spec.name);
    const skip = (why) => {
        out.notices.push({ file: spec.source.file, line: spec.source.line, message: `${who} ${why}: not read` });
    };
    if (spec.inlineDockerfile)
        return skip('uses an inline Dockerfile');
    const rawContext = spec.context ?? '.';
    if (isRemoteContext(rawContext))
        return skip(`builds from the remote context ${rawContext}`);
    const context = resolveInRepo(spec.baseFolder, rawContext);
    if (context === null)
        return skip(`builds from ${rawContext}, outside the repository`);
    let dockerfile = posix.join(context || '.', 'Dockerfile');
    if (spec.dockerfile !== undefined) {
        const resolved = resolveInRepo(spec.dockerfileRelativeTo === 'context' ? context : spec.baseFolder, spec.dockerfile);
        if (resolved === null)
            return skip(`uses the Dockerfile ${spec.dockerfile}, outside the repository`);
        dockerfile = resolved;
    }
    out.definitions.push({
        dockerfile,
        context,
        targets: spec.target ? [spec.target] : [],
        args: spec.args,
        source: spec.source,
        ...(spec.namedContexts?.size ? { namedContexts: namedContextsOf(spec.namedContexts) } : {}),
        ...(spec.name === undefined ? {} : { name: spec.name }),
    });
}
/**
 * The notice for a value a reader cannot know (a variable without a default, a `${{ }}` expression, a
 * function only buildx evaluates). An unknown context or Dockerfile leaves the definition unplaced, so
 * it is dropped (the Dockerfile keeps the linter's defaults); any other unknown value is left out.
 */
function unknownValueNotice(where, who, label, written, why, dropsDefinition) {
    return { file: where.file, line: where.line, message: `${who}: ${label} ${JSON.stringify(written)} ${why}: ${dropsDefinition ? 'definition not read' : 'left out'}` };
}

;// CONCATENATED MODULE: ./src/builds/yaml-file.ts


/**
 * How many aliases one document may expand. A few anchors (`<<: *defaults`) are common in compose
 * files; an alias of an alias of … (a "billion laughs" file) would grow without bound in memory.
 */
const MAX_ALIAS_COUNT = 100;
/**
 * The yaml parser recurses once per nesting level. Past about 800 levels it overflows the stack, and
 * when V8 happens to compile one of its regular expressions that close to the limit, the process dies
 * with a fatal "out of memory" that no try/catch sees. Real compose files and workflows nest a dozen
 * levels, so a document is refused before parsing when a cheap estimate of its depth passes these.
 */
const yaml_file_MAX_FLOW_DEPTH = 100;
const yaml_file_MAX_INDENT = 200;
/**
 * Parses a compose file or a workflow, or says why not in a notice: larger than 1 MiB, not YAML, or
 * too many aliases. Never throws.
 */
function readYamlFile(file, text, out) {
    const refuse = (line, message) => {
        out.notices.push({ file, line, message });
        return null;
    };
    if (Buffer.byteLength(text) > MAX_BUILD_FILE_BYTES)
        return refuse(null, `larger than ${MAX_BUILD_FILE_BYTES / 1024 / 1024} MiB: not read`);
    if (yaml_file_tooDeeplyNested(text))
        return refuse(null, `nested deeper than a build file needs (more than ${yaml_file_MAX_FLOW_DEPTH} brackets or ${yaml_file_MAX_INDENT} columns of indentation): not read`);
    const lineCounter = new LineCounter();
    try {
        // `merge`: compose files use `<<: *anchor` (YAML 1.1 merge keys) to share build settings.
        const doc = parseDocument(text, { lineCounter, merge: true });
        const error = doc.errors[0];
        if (error) {
            const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
            return refuse(error.linePos?.[0].line ?? null, `not valid YAML (${message}): not read`);
        }
        const value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        return {
            value,
            lineOf(path) {
                for (let length = path.length; length > 0; length--) {
                    const start = startOf(doc, path.slice(0, length));
                    if (start !== undefined)
                        return lineCounter.linePos(start).line;
                }
                return null;
            },
        };
    }
    catch (error) {
        // `toJS` throws a ReferenceError past MAX_ALIAS_COUNT; a deeply nested document can overflow the stack.
        const why = /alias/i.test(String(error)) ? `more than ${MAX_ALIAS_COUNT} YAML aliases` : `could not be read (${error.message})`;
        return refuse(null, `${why}: not read`);
    }
}
/** Where the entry at `path` starts: its key in a mapping (`build:` rather than the mapping under it), else its node. */
function startOf(doc, path) {
    const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
    if (isMap(parent)) {
        const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === path[path.length - 1]);
        if (pair && isNode(pair.key))
            return pair.key.range?.[0];
    }
    const node = doc.getIn(path, true);
    return isNode(node) ? node.range?.[0] : undefined;
}
/**
 * An upper bound of a document's nesting, without parsing it: open flow brackets (`[`, `{`, counted
 * even inside strings) and each line's indentation, compact `- ` / `? ` / `: ` indicators included.
 */
function yaml_file_tooDeeplyNested(text) {
    let flowDepth = 0;
    for (const line of text.split('\n')) {
        if (/^[ \t]*(?:[-?:][ \t]+)*/.exec(line)[0].length > yaml_file_MAX_INDENT)
            return true;
        for (let i = 0; i < line.length; i++) {
            const code = line.charCodeAt(i);
            if (code === 0x5b || code === 0x7b) {
                if (++flowDepth > yaml_file_MAX_FLOW_DEPTH)
                    return true;
            }
            else if ((code === 0x5d || code === 0x7d) && flowDepth > 0) {
                flowDepth--;
            }
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/lint/rules/shared/copy-args.ts

/** Removes the quote characters around a word (`"/app"` → `/app`), like hadolint's `dropQuotes`. */
function stripQuotes(word) {
    return word.replace(/^["']+|["']+$/g, '');
}
/** Whether a source word is a heredoc (`<<EOF`, `<<-"EOF"`) rather than a path. */
function isHeredocSource(word) {
    return /^<<-?\S/.test(word);
}
/** Reads a COPY or ADD (or an ONBUILD trigger that is one); null for other instructions or fewer than two words. */
function copyArgs(ins, escapeChar = '\\') {
    if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD')
        return null;
    const words = ins.execForm ?? parseWords(ins.args, escapeChar).map(stripQuotes);
    if (words.length < 2)
        return null;
    const from = ins.flags.find((f) => f.name === 'from');
    return { sources: words.slice(0, -1), destination: words[words.length - 1], from: from ? (from.value ?? '') : null };
}
/** `C:\x`, `d:/y`: a Windows absolute path. */
function isWindowsAbsolute(path) {
    return /^[a-zA-Z]:/.test(path);
}
/** The last path component, split on `/` and `\` (hadolint compares archive names this way). */
function pathBasename(path) {
    const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.slice(cut + 1);
}
/** hadolint's archive suffixes: what `ADD` may unpack (and `.Z`, `.lz`, which it may not). */
const ARCHIVE_SUFFIXES = ['.tar', '.Z', '.bz2', '.gz', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tgz', '.tlz', '.tpz', '.txz', '.xz'];
function isArchiveName(path) {
    const name = stripQuotes(path);
    return ARCHIVE_SUFFIXES.some((suffix) => name.endsWith(suffix));
}

;// CONCATENATED MODULE: ./src/lint/rules/add-instead-of-copy.ts


/** What only ADD can do with a source: download it (`http(s)://`), or clone it (`git@…`, `ssh://…`). */
function isRemote(source) {
    return /^(https?:\/\/|git@|ssh:\/\/)/i.test(stripQuotes(source));
}
function add_instead_of_copy_resolve(ins, word, escapeChar) {
    const exp = expandWord(word, scopeLookup(ins.scope), { escapeChar });
    return exp.error || exp.unmatched.size > 0 ? null : exp.result;
}
const addInsteadOfCopy = {
    id: 'add-instead-of-copy',
    title: 'Use COPY instead of ADD for files and folders',
    severity: 'error',
    scope: 'all',
    aliases: ['DL3020'],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        for (const ins of df.instructions) {
            const add = instructionToCheck(ins);
            if (add.keyword !== 'ADD')
                continue;
            const args = copyArgs(add, df.escapeChar);
            if (!args)
                continue;
            const plain = args.sources.filter((source) => {
                // `ADD $URL …`: judge the value when the stage defines it; an unknown one is most likely a URL.
                const value = source.includes('$') ? add_instead_of_copy_resolve(add, source, df.escapeChar) : source;
                return value !== null && !isArchiveName(value) && !isRemote(value);
            });
            if (plain.length === 0)
                continue;
            const shown = plain.length === 1 ? `\`${plain[0]}\` is` : `${plain.map((s) => `\`${s}\``).join(', ')} are`;
            ctx.reportAt(ins, `Use COPY instead of ADD for files and folders: ${shown} neither a URL nor a tar archive, so ADD only copies — ` +
                `with its URL-fetching and auto-extracting behaviour waiting to surprise the next reader. Write \`COPY\` instead of \`${add.rawKeyword}\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/shell/parse.ts
/**
 * A small POSIX-shell reader for RUN scripts: enough structure to find every command that would run
 * (through `&&`, `||`, `;`, pipes, subshells, `{ }`, `if`/`while`/`for`/`case` bodies, functions,
 * `$( )` and backticks) with its words, quotes removed. It is not an interpreter: expansions stay as
 * written (`$HOME`, `$(uname -m)`), and a script it cannot follow yields the commands it could read
 * rather than an error — a linter must not crash on a creative RUN line.
 */
const MAX_SUBSTITUTION_DEPTH = 32;
const RESERVED_OPENERS = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', '{', 'time']);
const RESERVED_CLOSERS = new Set(['fi', 'done', 'esac', '}']);
/** Openers whose body ends at a closer; `then`/`do`/`else` continue a body already opened. */
const COMPOUND_OPENERS = new Set(['if', 'while', 'until', '{']);
class Lexer {
    src;
    depth;
    pos = 0;
    incomplete = false;
    /** Commands found inside `$( )` and backticks while reading words. */
    nested = [];
    pendingHeredocs = [];
    constructor(src, depth) {
        this.src = src;
        this.depth = depth;
    }
    peek(n = 0) {
        return this.src[this.pos + n] ?? '';
    }
    tokens() {
        const out = [];
        for (;;) {
            this.skipBlanks();
            if (this.pos >= this.src.length)
                break;
            const ch = this.peek();
            if (ch === '#') {
                while (this.pos < this.src.length && this.peek() !== '\n')
                    this.pos++;
                continue;
            }
            if (ch === '\n') {
                out.push({ kind: 'newline', offset: this.pos });
                this.pos++;
                this.readPendingHeredocs();
                continue;
            }
            const op = this.readOperator();
            if (op) {
                out.push({ kind: 'op', op, offset: this.pos - op.length });
                if (op === '<<' || op === '<<-') {
                    this.skipBlanks();
                    const start = this.pos;
                    const word = this.readWord();
                    if (word) {
                        out.push({ kind: 'word', word });
                        this.pendingHeredocs.push({ delimiter: word.value, strip: op === '<<-' });
                    }
                    else
                        this.pos = start;
                }
                continue;
            }
            const word = this.readWord();
            // `2>/dev/null`: the descriptor number belongs to the redirection, not to the command's words.
            if (word && /^\d+$/.test(word.raw) && (this.peek() === '>' || this.peek() === '<'))
                continue;
            if (word)
                out.push({ kind: 'word', word });
            else
                this.pos++; // a stray character: skip it rather than loop
        }
        return out;
    }
    skipBlanks() {
        for (;;) {
            const ch = this.peek();
            if (ch === ' ' || ch === '\t' || ch === '\r')
                this.pos++;
            else if (ch === '\\' && this.peek(1) === '\n')
                this.pos += 2;
            else
                break;
        }
    }
    readPendingHeredocs() {
        for (const { delimiter, strip } of this.pendingHeredocs) {
            for (;;) {
                if (this.pos >= this.src.length)
                    return;
                const end = this.src.indexOf('\n', this.pos);
                const line = this.src.slice(this.pos, end < 0 ? this.src.length : end);
                this.pos = end < 0 ? this.src.length : end + 1;
                if ((strip ? line.replace(/^\t+/, '') : line) === delimiter)
                    break;
            }
        }
        this.pendingHeredocs = [];
    }
    readOperator() {
        const three = this.src.slice(this.pos, this.pos + 3);
        for (const op of ['<<-', '&>>']) {
            if (three === op) {
                this.pos += 3;
                return op;
            }
        }
        const two = this.src.slice(this.pos, this.pos + 2);
        if (['&&', '||', ';;', '<<', '>>', '>&', '<&', '>|', '&>', '<>'].includes(two)) {
            // `<<<` is a here-string: treat like a redirection of the following word.
            if (two === '<<' && this.peek(2) === '<') {
                this.pos += 3;
                return '<<<';
            }
            this.pos += 2;
            return two;
        }
        const one = this.peek();
        if ('|&;()<>'.includes(one)) {
            this.pos++;
            return one;
        }
        return null;
    }
    /** Reads one word (quotes, escapes, expansions); null at an operator or blank. */
    readWord() {
        const start = this.pos;
        let value = '';
        let quoted = false;
        let dynamic = false;
        while (this.pos < this.src.length) {
            const ch = this.peek();
            if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || '|&;()<>'.includes(ch)) {
                // `2>` and `<(`: a digit before a redirection belongs to the operator, not the word.
                break;
            }
            if (ch === '\\') {
                if (this.peek(1) === '\n') {
                    this.pos += 2;
                    continue;
                }
                value += this.peek(1);
                quoted = true;
                this.pos += 2;
                continue;
            }
            if (ch === "'") {
                const end = this.src.indexOf("'", this.pos + 1);
                if (end < 0) {
                    this.incomplete = true;
                    value += this.src.slice(this.pos + 1);
                    this.pos = this.src.length;
                    break;
                }
                value += this.src.slice(this.pos + 1, end);
                quoted = true;
                this.pos = end + 1;
                continue;
            }
            if (ch === '"') {
                quoted = true;
                this.pos++;
                const inner = this.readDoubleQuoted();
                value += inner.value;
                dynamic ||= inner.dynamic;
                continue;
            }
            const expansion = this.readExpansion();
            if (expansion !== null) {
                value += expansion;
                dynamic = true;
                continue;
            }
            value += ch;
            this.pos++;
        }
        if (this.pos === start)
            return null;
        return { value, raw: this.src.slice(start, this.pos), offset: start, quoted, dynamic };
    }
    readDoubleQuoted() {
        let value = '';
        let dynamic = false;
        while (this.pos < this.src.length) {
            const ch = this.peek();
            if (ch === '"') {
                this.pos++;
                return { value, dynamic };
            }
            if (ch === '\\' && '"\\$`\n'.includes(this.peek(1))) {
                if (this.peek(1) !== '\n')
                    value += this.peek(1);
                this.pos += 2;
                continue;
            }
            const expansion = this.readExpansion();
            if (expansion !== null) {
                value += expansion;
                dynamic = true;
                continue;
            }
            value += ch;
            this.pos++;
        }
        this.incomplete = true;
        return { value, dynamic };
    }
    /** A `$…` or backtick expansion at the cursor, as written; null when the cursor is on neither. */
    readExpansion() {
        const ch = this.peek();
        if (ch === '$')
            return this.readDollar();
        if (ch === '`')
            return this.readBackticks();
        return null;
    }
    /** `$x`, `${…}`, `$(…)`, `$((…))`, `$'…'`: returns the text as written, parsing `$( )` for its commands. */
    readDollar() {
        const start = this.pos;
        this.pos++;
        const ch = this.peek();
        if (ch === '(' && this.peek(1) === '(') {
            this.skipBalanced('((', '))');
        }
        else if (ch === '(') {
            this.pos++;
            const innerStart = this.pos;
            const innerEnd = this.findClosingParen();
            const inner = this.src.slice(innerStart, innerEnd);
            this.collectNested(inner, innerStart);
            this.pos = Math.min(this.src.length, innerEnd + 1);
        }
        else if (ch === '{') {
            this.skipBalanced('{', '}');
        }
        else if (ch === "'") {
            const end = this.src.indexOf("'", this.pos + 1);
            this.pos = end < 0 ? this.src.length : end + 1;
            if (end < 0)
                this.incomplete = true;
            return this.src.slice(start + 2, end < 0 ? undefined : end);
        }
        else if (/[A-Za-z_]/.test(ch)) {
            while (/[A-Za-z0-9_]/.test(this.peek()))
                this.pos++;
        }
        else if (/[0-9@*#?$!-]/.test(ch)) {
            this.pos++;
        }
        return this.src.slice(start, this.pos);
    }
    readBackticks() {
        const start = this.pos;
        let i = this.pos + 1;
        while (i < this.src.length && this.src[i] !== '`')
            i += this.src[i] === '\\' ? 2 : 1;
        if (i >= this.src.length)
            this.incomplete = true;
        this.collectNested(this.src.slice(start + 1, i).replace(/\\([`$\\])/g, '$1'), start + 1);
        this.pos = Math.min(this.src.length, i + 1);
        return this.src.slice(start, this.pos);
    }
    collectNested(inner, offset) {
        // Substitutions nest by recursion: past a sane depth, leave the inner text unread.
        if (this.depth >= MAX_SUBSTITUTION_DEPTH) {
            this.incomplete = true;
            return;
        }
        const parsed = parseShellAt(inner, this.depth + 1);
        for (const c of parsed.commands)
            this.nested.push({ ...c, offset: c.offset + offset, substitution: true });
        if (parsed.incomplete)
            this.incomplete = true;
    }
    /**
     * Position of the `)` closing a `$(` whose body starts at this.pos, honouring quotes, nesting, and the
     * unbalanced `)` that ends each pattern of a `case` inside the substitution.
     */
    findClosingParen() {
        let depth = 1;
        const caseDepths = [];
        let i = this.pos;
        while (i < this.src.length) {
            const ch = this.src[i];
            const atWordStart = i === this.pos || /[\s;(|&]/.test(this.src[i - 1]);
            if (atWordStart && /^case\s/.test(this.src.slice(i, i + 5))) {
                caseDepths.push(depth);
                i += 4;
                continue;
            }
            if (atWordStart && /^esac(?![\w-])/.test(this.src.slice(i, i + 5)) && caseDepths.length > 0) {
                caseDepths.pop();
                i += 4;
                continue;
            }
            if (ch === ')' && caseDepths[caseDepths.length - 1] === depth) {
                i++;
                continue;
            }
            if (ch === '\\')
                i += 2;
            else if (ch === "'") {
                const end = this.src.indexOf("'", i + 1);
                i = end < 0 ? this.src.length : end + 1;
            }
            else if (ch === '"') {
                i++;
                while (i < this.src.length && this.src[i] !== '"')
                    i += this.src[i] === '\\' ? 2 : 1;
                i++;
            }
            else if (ch === '(') {
                depth++;
                i++;
            }
            else if (ch === ')') {
                depth--;
                if (depth === 0)
                    return i;
                i++;
            }
            else
                i++;
        }
        this.incomplete = true;
        return this.src.length;
    }
    skipBalanced(open, close) {
        let depth = 0;
        while (this.pos < this.src.length) {
            if (this.src.startsWith(open, this.pos)) {
                depth++;
                this.pos += open.length;
            }
            else if (this.src.startsWith(close, this.pos)) {
                depth--;
                this.pos += close.length;
                if (depth === 0)
                    return;
            }
            else if (this.peek() === '\\')
                this.pos += 2;
            else
                this.pos++;
        }
        this.incomplete = true;
    }
}
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)(\+?=)([\s\S]*)$/;
const REDIRECTION_OPS = new Set(['<', '>', '>>', '>&', '<&', '>|', '&>', '&>>', '<>', '<<', '<<-', '<<<']);
/** Parses a script; never throws. */
function parseShell(source) {
    return parseShellAt(source, 0);
}
function parseShellAt(source, depth) {
    const lexer = new Lexer(source, depth);
    const tokens = lexer.tokens();
    const commands = [];
    let hasPipes = false;
    let current = null;
    let nextBefore = null;
    let nesting = 0;
    // if/while/until/for/case/{ } bodies: their commands are one level deeper, like a subshell's.
    let compound = 0;
    let expectName = true;
    // `for x in a b c`, `case $x in`: words that are not commands until `do`/`in` ends the header.
    let skipUntil = null;
    let caseDepth = 0;
    let awaitingCasePattern = false;
    // Where each command's `NAME=value` words are: a bare assignment passes on the status of its substitutions.
    const assignmentWords = new Map();
    const finish = (sep) => {
        if (current && (current.name !== '' || current.assignments.length > 0)) {
            current.piped = sep === '|';
            if (sep === '|')
                hasPipes = true;
            commands.push(current);
        }
        current = null;
        expectName = true;
        nextBefore = sep;
    };
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.kind === 'newline') {
            if (current)
                finish(';');
            else if (nextBefore === null || nextBefore === ';')
                nextBefore = ';';
            if (skipUntil === 'in-case')
                skipUntil = null;
            continue;
        }
        if (token.kind === 'op') {
            const op = token.op;
            if (REDIRECTION_OPS.has(op)) {
                const next = tokens[i + 1];
                if (next && next.kind === 'word') {
                    if (current)
                        current.redirects.push({ op, target: next.word.value });
                    i++;
                }
                continue;
            }
            if (op === '(' || op === ')') {
                if (op === '(' && awaitingCasePattern)
                    continue;
                if (op === ')' && caseDepth > 0 && awaitingCasePattern) {
                    awaitingCasePattern = false;
                    expectName = true;
                    continue;
                }
                if (current && op === '(' && current.name !== '' && current.args.length === 0) {
                    // `name() { …; }`: a function definition; its body's commands follow.
                    current = null;
                    const close = tokens[i + 1];
                    if (close && close.kind === 'op' && close.op === ')')
                        i++;
                    expectName = true;
                    continue;
                }
                finish(op === ')' ? ';' : nextBefore);
                nesting += op === '(' ? 1 : -1;
                continue;
            }
            if (op === ';;') {
                finish(';');
                awaitingCasePattern = true;
                continue;
            }
            finish(op === '&&' || op === '||' || op === '|' || op === '&' || op === ';' ? op : ';');
            continue;
        }
        const word = token.word;
        if (skipUntil) {
            if (skipUntil === 'do' && word.value === 'do') {
                skipUntil = null;
                expectName = true;
                compound++;
            }
            else if (skipUntil === 'in-case' && word.value === 'in') {
                skipUntil = null;
                awaitingCasePattern = true;
            }
            continue;
        }
        if (awaitingCasePattern) {
            if (word.value === 'esac') {
                awaitingCasePattern = false;
                caseDepth--;
                compound = Math.max(0, compound - 1);
            }
            continue;
        }
        if (!current && expectName) {
            if (RESERVED_OPENERS.has(word.value)) {
                if (COMPOUND_OPENERS.has(word.value))
                    compound++;
                continue;
            }
            if (RESERVED_CLOSERS.has(word.value)) {
                if (word.value === 'esac')
                    caseDepth = Math.max(0, caseDepth - 1);
                compound = Math.max(0, compound - 1);
                continue;
            }
            if (word.value === 'for' || word.value === 'select') {
                skipUntil = 'do';
                continue;
            }
            if (word.value === 'case') {
                skipUntil = 'in-case';
                caseDepth++;
                compound++;
                continue;
            }
            if (word.value === 'function')
                continue;
        }
        if (!current) {
            current = {
                name: '',
                base: '',
                args: [],
                assignments: [],
                offset: word.offset,
                before: nextBefore,
                piped: false,
                redirects: [],
                depth: depth + nesting + compound,
                substitution: false,
            };
        }
        if (current.name === '') {
            const m = ASSIGNMENT.exec(word.value);
            if (m && !word.raw.startsWith('"') && !word.raw.startsWith("'")) {
                current.assignments.push({ name: m[1], value: m[3] });
                (assignmentWords.get(current) ?? assignmentWords.set(current, []).get(current)).push([word.offset, word.offset + word.raw.length]);
                continue;
            }
            current.name = word.value;
            current.base = word.value.slice(word.value.lastIndexOf('/') + 1);
            expectName = false;
            continue;
        }
        current.args.push(word);
    }
    finish(null);
    const statusCarriers = commands.filter((c) => c.name === '').flatMap((c) => assignmentWords.get(c) ?? []);
    for (const nested of lexer.nested) {
        if (!statusCarriers.some(([start, end]) => nested.offset >= start && nested.offset < end))
            nested.statusIgnored = true;
    }
    // Commands inside substitutions run too: list them after their host, in source order.
    const all = [...commands, ...lexer.nested].sort((a, b) => a.offset - b.offset);
    return { source, commands: all, hasPipes: hasPipes || lexer.nested.some((c) => c.piped), incomplete: lexer.incomplete };
}

;// CONCATENATED MODULE: ./src/shell/commands.ts
/**
 * Questions rules ask about a command, with hadolint's reading of flags: `--name=value` is the flag
 * `name`; `-abc` is the flags `a`, `b` and `c`; `-` and `--` are not flags.
 */
function flagNames(word) {
    if (word === '-' || word === '--' || !word.startsWith('-'))
        return [];
    if (word.startsWith('--'))
        return [word.slice(2).split('=')[0]];
    return Array.from(word.slice(1));
}
function isFlag(word) {
    return flagNames(word.value).length > 0;
}
/** Every flag name the command carries, up to a `--` that ends the options. */
function commandFlags(cmd) {
    const out = [];
    for (const a of cmd.args) {
        if (a.value === '--')
            break;
        out.push(...flagNames(a.value));
    }
    return out;
}
function hasFlag(cmd, flag) {
    return commandFlags(cmd).includes(flag);
}
function hasAnyFlag(cmd, flags) {
    return commandFlags(cmd).some((f) => flags.includes(f));
}
function countFlag(cmd, flag) {
    return commandFlags(cmd).filter((f) => f === flag).length;
}
/** Argument values, quotes removed. */
function argValues(cmd) {
    return cmd.args.map((a) => a.value);
}
function hasArg(cmd, value) {
    return cmd.args.some((a) => a.value === value);
}
/** Arguments that are not flags (a flag's separate value, e.g. `-o out`, is still listed). */
function positionalArgs(cmd) {
    const out = [];
    let afterDoubleDash = false;
    for (const a of cmd.args) {
        if (afterDoubleDash)
            out.push(a.value);
        else if (a.value === '--')
            afterDoubleDash = true;
        else if (!isFlag(a))
            out.push(a.value);
    }
    return out;
}
/**
 * Positional arguments, skipping the values of flags that take one (`-o out`, `--target dir`).
 * `flagsWithValue` lists them without dashes (`o`, `target`).
 */
function operands(cmd, flagsWithValue = []) {
    const out = [];
    let afterDoubleDash = false;
    for (let i = 0; i < cmd.args.length; i++) {
        const value = cmd.args[i].value;
        if (afterDoubleDash) {
            out.push(value);
            continue;
        }
        if (value === '--') {
            afterDoubleDash = true;
            continue;
        }
        const names = flagNames(value);
        if (names.length === 0) {
            out.push(value);
            continue;
        }
        const takesValue = value.startsWith('--') ? !value.includes('=') && flagsWithValue.includes(names[0]) : flagsWithValue.includes(names[names.length - 1]) && names.length === value.length - 1;
        if (takesValue)
            i++;
    }
    return out;
}
/** Values given to a flag: `-u 1000`, `-u1000`, `--uid=1000`, `--uid 1000`. */
function flagValues(cmd, flag) {
    const out = [];
    for (let i = 0; i < cmd.args.length; i++) {
        const value = cmd.args[i].value;
        if (flag.length > 1 || value.startsWith('--')) {
            if (value === `--${flag}` && i + 1 < cmd.args.length)
                out.push(cmd.args[++i].value);
            else if (value.startsWith(`--${flag}=`))
                out.push(value.slice(flag.length + 3));
            else if (flag.length > 1 && value === `-${flag}` && i + 1 < cmd.args.length)
                out.push(cmd.args[++i].value);
        }
        else if (value.startsWith('-') && !value.startsWith('--')) {
            if (value === `-${flag}` && i + 1 < cmd.args.length)
                out.push(cmd.args[++i].value);
            else if (value.startsWith(`-${flag}`) && value.length > 2)
                out.push(value.slice(2));
        }
    }
    return out;
}
/** The first positional argument: the subcommand of `apt-get install`, `npm ci`, `go build`. */
function subcommand(cmd, flagsWithValue = []) {
    return operands(cmd, flagsWithValue)[0] ?? null;
}
/** Whether the command is one of `names` (compared by basename: `/usr/bin/pip3` is `pip3`). */
function isCommand(cmd, ...names) {
    return names.includes(cmd.base) || names.includes(cmd.name);
}
/** Commands that run another command, with the flags of theirs that take a value. */
const WRAPPERS = {
    sudo: ['u', 'g', 'user', 'group', 'C', 'D', 'h', 'p', 'r', 't', 'U'],
    env: ['u', 'unset', 'C', 'chdir', 'S', 'split-string'],
    nice: ['n', 'adjustment'],
    nohup: [],
    time: [],
    exec: ['a'],
    command: [],
    xargs: ['a', 'd', 'E', 'I', 'L', 'n', 'P', 's'],
    stdbuf: ['i', 'o', 'e'],
    timeout: ['k', 's', 'signal', 'kill-after'],
};
/**
 * The command a wrapper runs: `sudo apt-get …`, `env X=1 npm ci`, `nice -n 5 make`, `time go build`.
 * Returns the command itself when it is not a wrapper.
 */
function unwrap(cmd) {
    let current = cmd;
    for (let guard = 0; guard < 5; guard++) {
        const takesValue = WRAPPERS[current.base];
        if (!takesValue)
            return current;
        // `command -v ssh` only looks ssh up; it does not run it.
        if (current.base === 'command' && current.args.some((a) => /^-[a-zA-Z]*[vV]/.test(a.value)))
            return current;
        let i = 0;
        while (i < current.args.length) {
            const v = current.args[i].value;
            if (current.base === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
                i++;
                continue;
            }
            if (!v.startsWith('-') || v === '-')
                break;
            const names = flagNames(v);
            const needsValue = !v.includes('=') && names.length > 0 && takesValue.includes(names[names.length - 1]) && (v.startsWith('--') || names.length === v.length - 1);
            i += needsValue ? 2 : 1;
        }
        if (current.base === 'timeout' && i < current.args.length)
            i++; // the duration
        const inner = current.args[i];
        if (!inner)
            return current;
        current = { ...current, name: inner.value, base: inner.value.slice(inner.value.lastIndexOf('/') + 1), args: current.args.slice(i + 1) };
    }
    return current;
}

;// CONCATENATED MODULE: ./src/shell/run.ts


const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);
/** Windows and PowerShell: their scripts are not POSIX shell, so there is nothing for this reader to say. */
const FOREIGN_SHELLS = /^(pwsh|powershell|cmd)(\.exe)?$/i;
function run_basename(word) {
    return word.slice(word.lastIndexOf('/') + 1);
}
function execCommand(words) {
    const [name = '', ...rest] = words;
    let offset = name.length + 1;
    const command = {
        name,
        base: run_basename(name),
        args: rest.map((value) => {
            const word = { value, raw: value, offset, quoted: true, dynamic: false };
            offset += value.length + 1;
            return word;
        }),
        assignments: [],
        offset: 0,
        before: null,
        piped: false,
        redirects: [],
        depth: 0,
        substitution: false,
    };
    return { source: words.join(' '), commands: name ? [command] : [], hasPipes: false, incomplete: false };
}
const cache = new WeakMap();
/**
 * The shell scripts a RUN (or ONBUILD RUN trigger) executes: its shell form; the `-c` script of an exec
 * form that starts a shell (`["/bin/bash", "-c", "…"]`) or, for any other exec form, the one command it
 * runs; and heredoc bodies the shell runs (`RUN <<EOF`, `RUN bash <<EOF`) — not bodies that are data
 * (`RUN cat <<EOF > file`, `RUN python3 <<EOF`). Parsed once per instruction.
 */
function runScripts(instruction) {
    const ins = instructionToCheck(instruction);
    if (ins.keyword !== 'RUN')
        return [];
    const cached = cache.get(ins);
    if (cached)
        return cached;
    const scripts = [];
    const shell = run_basename(ins.scope.shell[0] ?? '/bin/sh');
    if (ins.execForm) {
        const words = ins.execForm;
        const c = words.indexOf('-c');
        if (words.length > 0 && SHELLS.has(run_basename(words[0])) && c > 0 && c + 1 < words.length) {
            const text = words[c + 1];
            scripts.push({ text, parsed: parseShell(text), source: 'exec', lineAt: () => ins.line });
        }
        else {
            scripts.push({ text: words.join(' '), parsed: execCommand(words), source: 'exec', lineAt: () => ins.line });
        }
    }
    else if (FOREIGN_SHELLS.test(shell)) {
        // SHELL ["powershell", …]: leave the script alone rather than misread it.
    }
    else {
        const parsed = parseShell(ins.args);
        scripts.push({ text: ins.args, parsed, source: 'shell', lineAt: (offset) => lineOfArgsOffset(ins, offset) });
        if (ins.heredocs.length > 0) {
            const withoutMarkers = ins.args.replace(/(^|\s)\d*<<-?\S+/g, ' ').trim();
            const runner = parsed.commands.find((cmd) => cmd.depth === 0);
            const bodyIsScript = withoutMarkers === '' ||
                (runner !== undefined && SHELLS.has(runner.base) && !runner.args.some((a) => a.value === '-c'));
            if (bodyIsScript) {
                for (const heredoc of ins.heredocs) {
                    const text = heredoc.content;
                    scripts.push({
                        text,
                        parsed: parseShell(text),
                        source: 'heredoc',
                        lineAt: (offset) => heredoc.line + countNewlines(text, offset),
                    });
                }
            }
        }
    }
    cache.set(ins, scripts);
    return scripts;
}
function countNewlines(text, end) {
    let n = 0;
    for (let i = 0; i < end && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            n++;
    return n;
}
const commandsCache = new WeakMap();
/** Every command a RUN executes, in order, across its scripts (computed once per instruction). */
function runCommands(instruction) {
    let commands = commandsCache.get(instruction);
    if (!commands) {
        commands = runScripts(instruction).flatMap((s) => s.parsed.commands);
        commandsCache.set(instruction, commands);
    }
    return commands;
}

;// CONCATENATED MODULE: ./src/shell/variables.ts
/**
 * The shell variables a script has set by the time one of its commands runs, as far as reading (not
 * running) the script can tell: `deps='curl git'; apt-get install $deps` installs curl and git.
 */
/** Builtins whose `NAME=value` operands set a variable for the rest of the script. */
const DECLARING_BUILTINS = new Set(['export', 'readonly', 'declare', 'typeset', 'local']);
const NAME_VALUE = /^([A-Za-z_][A-Za-z0-9_]*)=([\s\S]*)$/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * What `commands[0 … index-1]` leave in the variables: a name maps to its value, or to null when the
 * script sets it in a way a reader cannot follow — the value comes from an expansion (`$(cat x)`,
 * `"$a b"`), or the assignment sits in a branch, loop, function, subshell or `$( )` that may not run
 * or does not reach the top level. Names the script never sets are absent, so the caller can fall
 * back to ENV and ARG. Prefix assignments (`NAME=1 cmd`) only reach `cmd`'s environment: not listed.
 */
function variablesBefore(commands, index) {
    return variablesBeforeEach(commands)[Math.min(Math.max(0, index), commands.length)];
}
/**
 * `variablesBefore` for every index at once, `0 … commands.length`, in one pass: a RUN's rules ask for
 * it at each of its commands. Commands that set nothing share the map before them, so a long chain of
 * commands costs one map, not one per command.
 */
function variablesBeforeEach(commands) {
    const snapshots = [];
    let current = new Map();
    for (const cmd of commands) {
        snapshots.push(current);
        const sets = variablesSetBy(cmd);
        if (sets.length > 0) {
            const next = new Map(current);
            for (const [name, value] of sets)
                next.set(name, value);
            current = next;
        }
    }
    snapshots.push(current);
    return snapshots;
}
/** The variables one command sets, in order, each with its value or null when a reader cannot follow it. */
function variablesSetBy(cmd) {
    const sets = [];
    const followed = cmd.depth === 0 && !cmd.substitution;
    const set = (name, value, literal) => sets.push([name, followed && literal ? value : null]);
    if (cmd.name === '') {
        // The parser keeps expansions as written in the value, so a `$` or backtick marks one.
        for (const a of cmd.assignments)
            set(a.name, a.value, !/[$`]/.test(a.value));
    }
    else if (DECLARING_BUILTINS.has(cmd.base)) {
        for (const word of cmd.args) {
            const m = NAME_VALUE.exec(word.value);
            if (m)
                set(m[1], m[2], !word.dynamic);
        }
    }
    else if (cmd.base === 'unset' || cmd.base === 'read') {
        // Unset or read from input: either way no longer a value the script spells out.
        for (const word of cmd.args)
            if (NAME.test(word.value))
                sets.push([word.value, null]);
    }
    return sets;
}

;// CONCATENATED MODULE: ./src/shell/index.ts





;// CONCATENATED MODULE: ./src/lint/rules/shared/run-instructions.ts


/**
 * Every RUN of the file, ONBUILD RUN triggers included, in file order — stages and instructions before
 * the first FROM alike, so hadolint's fragments (`RUN yum install foo` alone) are checked too.
 */
function runInstructions(df) {
    const out = [];
    for (const instruction of df.instructions) {
        if (instruction.keyword === 'RUN')
            out.push({ instruction, run: instruction });
        else if (instruction.trigger?.keyword === 'RUN')
            out.push({ instruction, run: instruction.trigger });
    }
    return out;
}
/**
 * The commands a RUN executes, with wrappers (`sudo`, `env`, `nice`, …) looked through: `sudo yum install`
 * is a yum install.
 */
function executedCommands(run) {
    return runCommands(run).map(unwrap);
}
/** Whether any of the command's arguments is exactly one of `words` (hadolint's reading of subcommands). */
function hasAnyArg(cmd, words) {
    return cmd.args.some((a) => words.includes(a.value));
}
/**
 * Whether the RUN mounts a cache or tmpfs whose target contains one of `fragments`: the package
 * manager's cache then never lands in a layer, so there is nothing to clean.
 */
function hasCacheMount(run, fragments) {
    return run.flags.some((flag) => {
        if (flag.name !== 'mount' || flag.value === null)
            return false;
        const options = parseMountOptions(flag.value);
        const type = options.get('type');
        if (type !== 'cache' && type !== 'tmpfs')
            return false;
        const target = options.get('target') ?? options.get('dst') ?? options.get('destination') ?? '';
        return fragments.some((f) => target.includes(f));
    });
}
/**
 * Whether an instruction's stage ends up in the image the build produces (the target and the stages it
 * is built FROM). Instructions before any FROM — hadolint's fragments — count as shipped.
 */
function isShipped(ctx, instruction) {
    return instruction.stage < 0 || ctx.shipped.has(instruction.stage);
}
/** A command as it would be read back in a message, long words shortened: `yum install httpd`. */
function describeCommand(cmd, maxArgs = 6) {
    const short = (word) => (word.length > 40 ? `${word.slice(0, 37)}…` : word);
    const words = [cmd.name, ...cmd.args.slice(0, maxArgs).map((a) => short(a.value.replace(/\s+/g, ' ')))];
    return words.join(' ') + (cmd.args.length > maxArgs ? ' …' : '');
}

;// CONCATENATED MODULE: ./src/lint/rules/shared/rpm-packages.ts




/**
 * yum/dnf options whose value is a separate word (`-x pkg`, `--setopt key=value`, `--enablerepo epel`):
 * the value is not a package to install.
 */
const RPM_OPTIONS_WITH_VALUE = [
    'x', 'exclude', 'setopt', 'enablerepo', 'disablerepo', 'repo', 'repoid', 'releasever', 'installroot',
    'c', 'config', 'd', 'debuglevel', 'e', 'errorlevel', 'repofrompath', 'downloaddir', 'destdir',
    'forcearch', 'color', 'rpmverbosity', 'advisory', 'bz', 'cve', 'sec-severity', 'secseverity', 'comment',
];
/** Words of `yum install` / `dnf module install` that name the action, not a package. */
const ACTION_WORDS = new Set(['install', 'module']);
/**
 * The packages or modules an rpm install command (`yum install`, `dnf module install`) asks for; null
 * for any other command. `group install` installs a named set that has no version, so it asks for none.
 */
function rpmRequest(cmd, managers) {
    if (!managers.includes(cmd.base) || !hasAnyArg(cmd, ['install']))
        return null;
    if (hasAnyArg(cmd, ['group', 'groups']))
        return { packages: [], modules: [] };
    const words = operands(cmd, RPM_OPTIONS_WITH_VALUE).filter((w) => !ACTION_WORDS.has(w));
    return hasAnyArg(cmd, ['module']) ? { packages: [], modules: words } : { packages: words, modules: [] };
}
/** Characters rpm allows in a version or release. */
const VERSION_PART = /^[0-9A-Za-z.~^_:+]*$/;
const VARIABLE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g;
/** A word that is nothing but a command substitution: its packages are only known at build time. */
const SUBSTITUTION_ONLY = /^(\$\([^)]*\)|`[^`]*`)$/;
/**
 * Whether an rpm package spec fixes the version, as hadolint reads it: after the first `-`, every
 * dash-separated part is made of version characters and one of them starts with a digit
 * (`httpd-2.4.57`, `gcc-c++-1.1.1`, `openssl-1:1.1.1k`; not `rpm-sign`); an `.rpm` file is a fixed
 * version; a variable (`git-core-${version}`, the way Renovate pins) counts when it is defined.
 */
function isPinnedRpm(spec, isDefined) {
    // A local or downloaded rpm file is one exact build, whatever its name looks like.
    if (spec.endsWith('.rpm') && /^(\.{0,2}\/|[a-z][a-z0-9+.-]*:\/\/)/i.test(spec))
        return true;
    if (SUBSTITUTION_ONLY.test(spec))
        return true;
    const parts = spec.split('-');
    if (parts.length <= 1)
        return false;
    if (spec.endsWith('.rpm'))
        return true;
    if (spec.includes('$'))
        return [...spec.matchAll(VARIABLE)].some((m) => isDefined(m[1]));
    const rest = parts.slice(1);
    return rest.every((p) => VERSION_PART.test(p)) && rest.some((p) => /^[0-9]/.test(p));
}
/** A module spec names its stream: `nodejs:18`. */
function isPinnedModule(spec) {
    return spec.includes(':') || SUBSTITUTION_ONLY.test(spec);
}
/**
 * Which variables a RUN can rely on for a version: the ENV of its stage (inherited through
 * `FROM <stage>`), the ARGs of its stage, and — as hadolint has it — any ARG declared earlier in the
 * file, since teams pass the version with `--build-arg`. Before any FROM (hadolint's fragments) the
 * ENVs written so far count too. So does the ENV of the base image when we know it sets the variable
 * (`MARIADB_VERSION` in `mariadb`), or when the base is only known at build time (`FROM $BASE`).
 */
function definedVariables(df, run) {
    const stage = df.stages[run.stage];
    const root = stage ? ancestry(df, stage).pop().base : null;
    return (name) => {
        if (run.scope.env.has(name) || run.scope.args.has(name))
            return true;
        if (root?.kind === 'image' && (root.image === null || root.unresolved.length > 0 || baseImageDefines(root.image, name) === 'yes'))
            return true;
        return df.instructions.some((ins) => ins.line < run.line && (ins.keyword === 'ARG' || (ins.keyword === 'ENV' && ins.stage < 0 && run.stage < 0)) && ins.pairs.some((p) => p.key === name));
    };
}

;// CONCATENATED MODULE: ./src/lint/rules/shared/package-managers.ts



const sitesCache = new WeakMap();
/** Every RUN and ONBUILD RUN in the file, before and after the first FROM, in file order (computed once per file). */
function runSites(df) {
    const cached = sitesCache.get(df);
    if (cached)
        return cached;
    const sites = [];
    for (const ins of df.instructions) {
        const run = instructionToCheck(ins);
        if (run.keyword !== 'RUN')
            continue;
        const written = runCommands(ins);
        sites.push({ instruction: ins, run, commands: written.map(unwrap), written, onbuild: ins.trigger !== null });
    }
    sitesCache.set(df, sites);
    return sites;
}
/** The RUN's whole text as the shell reads it, heredoc scripts included. */
function runText(site) {
    return runScripts(site.instruction)
        .map((s) => s.text)
        .join('\n');
}
/**
 * Whether the files a RUN leaves behind end up in the image a build ships: its stage is the target or
 * one the target is built FROM. Instructions before any FROM (fragments) count as shipped, and so do
 * ONBUILD triggers: they run in whatever image is later built FROM this one, which this file cannot
 * see, so their layers are assumed to ship.
 */
function package_managers_isShipped(site, ctx) {
    if (site.onbuild)
        return true;
    const stage = site.instruction.stage;
    return stage < 0 || ctx.shipped.has(stage);
}
/** Targets of the RUN's `--mount=type=cache` and `--mount=type=tmpfs` mounts: nothing written there stays in the layer. */
function cacheMountTargets(run) {
    const targets = [];
    for (const flag of run.flags) {
        if (flag.name !== 'mount' || flag.value === null)
            continue;
        const options = parseMountOptions(flag.value);
        const type = options.get('type') ?? 'bind';
        if (type !== 'cache' && type !== 'tmpfs')
            continue;
        const target = options.get('target') ?? options.get('dst') ?? options.get('destination');
        if (target)
            targets.push(target);
    }
    return targets;
}
/** Whether a cache or tmpfs mount's target contains `fragment` (hadolint's test: `/var/cache/apk`, `.cache/pip`). */
function hasCacheMountWith(run, fragment) {
    return cacheMountTargets(run).some((t) => t.includes(fragment));
}
/** Whether a cache or tmpfs mount covers `path`: it is mounted at `path` or at a directory above it. */
function hasCacheMountCovering(run, path) {
    const wanted = trimSlash(path);
    return cacheMountTargets(run).some((t) => {
        const target = trimSlash(t);
        return target !== '' && (wanted === target || wanted.startsWith(`${target}/`));
    });
}
function trimSlash(path) {
    return path.replace(/\/+$/, '');
}
/**
 * Operands of a command, skipping flags and the values of the flags listed in `flagsWithValue`
 * (without dashes). Words are kept whole so callers can tell quoted and dynamic ones apart.
 */
function operandWords(cmd, flagsWithValue) {
    const out = [];
    let afterDoubleDash = false;
    for (let i = 0; i < cmd.args.length; i++) {
        const word = cmd.args[i];
        if (afterDoubleDash) {
            out.push(word);
            continue;
        }
        if (word.value === '--') {
            afterDoubleDash = true;
            continue;
        }
        const names = flagNames(word.value);
        if (names.length === 0) {
            out.push(word);
            continue;
        }
        if (word.value.includes('='))
            continue;
        const last = names[names.length - 1];
        // `-t value` and `--target value` take the next word; so does `-yt value` (the value flag comes last).
        if (flagsWithValue.includes(last) && i + 1 < cmd.args.length)
            i++;
    }
    return out;
}
const runVariablesCache = new WeakMap();
/** What the RUN has set before each of its commands, read once per RUN: rules ask at every command. */
function runVariables(site) {
    let cached = runVariablesCache.get(site);
    if (!cached) {
        cached = { before: variablesBeforeEach(site.commands), indexOf: new Map(site.commands.map((cmd, i) => [cmd, i])) };
        runVariablesCache.set(site, cached);
    }
    return cached;
}
/**
 * How the variables of a command's words read: what the RUN itself set before the command
 * (`deps='curl git'; apt-get install $deps`) comes first, then the stage's ARG and ENV values. A
 * variable the RUN sets in a way a reader cannot follow is unknown, even when ENV has a value for it.
 */
function variablesAt(site, cmd) {
    const { before, indexOf } = runVariables(site);
    // A command that is not one of the site's (a copy) gets the stage's values alone.
    const set = before[indexOf.get(cmd) ?? 0];
    const stage = scopeLookup(site.run.scope);
    return {
        get(name) {
            if (!set.has(name))
                return stage.get(name);
            return set.get(name) ?? undefined;
        },
    };
}
/** The names a word stands for once its variables are read, or null when only the build knows. */
function resolveWord(word, variables) {
    if (!word.dynamic)
        return [word.value];
    // Command substitutions and arithmetic are decided when the build runs.
    if (/\$\(|`/.test(word.raw))
        return null;
    const expansion = expandWord(word.raw, variables);
    if (expansion.error || expansion.unmatched.size > 0)
        return null;
    // An unquoted variable splits into several words, as the shell would.
    return word.quoted ? [expansion.result] : expansion.words;
}
/**
 * The packages among `words` (the package words of `cmd`, one of the site's commands) that no
 * version fixes: `isPinned` decides on each name. Words the build decides (`$PACKAGES` without a
 * known value) are neither pinned nor unpinned: they are skipped. So are packages the same RUN
 * removes again after `cmd` (`apk add --virtual .build-deps gcc … && apk del .build-deps`): they do
 * not stay in the image, so their version does not either.
 */
function unpinnedPackages(site, cmd, words, isPinned) {
    const variables = variablesAt(site, cmd);
    const removedLater = removedLaterInRun(site, cmd);
    const out = [];
    for (const word of words) {
        if (isPinned(word.value))
            continue;
        const names = resolveWord(word, variables);
        if (names === null)
            continue;
        for (const name of names)
            if (name !== '' && !isPinned(name) && !removedLater(name))
                out.push(name);
    }
    return out;
}
/** `a`, `a` and `b`, `a`, `b` and 3 more: names for a message, backquoted. */
function listNames(names, max = 3) {
    const unique = [...new Set(names)];
    const shown = unique.slice(0, max).map((n) => `\`${n}\``);
    if (unique.length > max)
        return `${shown.join(', ')} and ${unique.length - max} more`;
    if (shown.length <= 1)
        return shown.join('');
    return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
/** A command as a reader would write it, for messages: `apt-get install -y curl`. Long commands are cut. */
function showCommand(cmd, max = 60) {
    const text = [cmd.name, ...cmd.args.map((a) => a.raw)].join(' ');
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/**
 * Whether an instruction that ran before `ins` in its image passes `test`: an earlier one of its stage,
 * or one of the stages it is built FROM (a setting written to `/etc/apt/apt.conf.d` there still
 * applies). The answers for every instruction of the file are computed once per `test`, in one pass,
 * so asking for each RUN stays linear in the file; `test` must be a function that lives as long as the
 * rule (not a new closure per call), and decide by the instruction alone.
 */
function someEarlier(df, ins, test) {
    let byTest = earlierAnswers.get(df);
    if (!byTest)
        earlierAnswers.set(df, (byTest = new WeakMap()));
    let answers = byTest.get(test);
    if (!answers)
        byTest.set(test, (answers = answerEarlier(df, test)));
    return answers.get(ins) ?? false;
}
const earlierAnswers = new WeakMap();
function answerEarlier(df, test) {
    const answers = new Map();
    const walk = (instructions, before) => {
        let seen = before;
        for (const other of instructions) {
            answers.set(other, seen);
            if (!seen && test(other, df))
                seen = true;
        }
        return seen;
    };
    walk(df.preamble, false);
    // Whether any instruction of a stage passes, and whether one of the stages it is built FROM has one.
    const anyIn = df.stages.map((stage) => stage.instructions.some((i) => test(i, df)));
    const inherited = new Map();
    const fromBases = (index) => {
        const chain = [];
        const seen = new Set();
        let stage = df.stages[index];
        let found = false;
        while (stage && stage.base.kind === 'stage' && !seen.has(stage.index)) {
            seen.add(stage.index);
            if (inherited.has(stage.index)) {
                found = inherited.get(stage.index);
                break;
            }
            chain.push(stage.index);
            const base = df.stages[stage.base.stage];
            if (!base)
                break;
            if (anyIn[base.index]) {
                found = true;
                break;
            }
            stage = base;
        }
        for (const i of chain)
            inherited.set(i, found);
        return inherited.get(index) ?? found;
    };
    for (const stage of df.stages)
        walk(stage.instructions, fromBases(stage.index));
    return answers;
}
/** The text of a RUN and its heredocs, for looking for configuration it writes. */
function instructionText(ins) {
    return [ins.args, ...ins.heredocs.map((h) => h.content)].join('\n');
}
/** apt-get options that take a value: `-t bookworm-backports`, `-o Dpkg::Options::=--force-confold`. */
const APT_GET_VALUE_FLAGS = ['t', 'target-release', 'default-release', 'o', 'option', 'c', 'config-file', 'a', 'host-architecture'];
/**
 * apt-get's options that only show what it would do (`-s`, `--simulate`, `--dry-run`, `--just-print`,
 * `--no-act`, `--recon`): such a run installs and downloads nothing.
 */
const APT_GET_SIMULATE_FLAGS = ['s', 'simulate', 'dry-run', 'just-print', 'no-act', 'recon'];
/** Whether an apt-get command only simulates (the flags above, or `-o APT::Get::Simulate=true`). */
function isAptGetSimulation(cmd) {
    if (hasAnyFlag(cmd, APT_GET_SIMULATE_FLAGS))
        return true;
    const option = aptOptions(cmd).get('apt::get::simulate');
    return option !== undefined && isTrueWord(option);
}
/** Whether the command is `apt-get … install …` (the subcommand after any options) that really installs: not a simulation. */
function isAptGetInstall(cmd) {
    return cmd.base === 'apt-get' && operandWords(cmd, APT_GET_VALUE_FLAGS)[0]?.value === 'install' && !isAptGetSimulation(cmd);
}
/** The `-o Name=value` settings an apt-get command passes, by lower-cased name. */
function aptOptions(cmd) {
    const out = new Map();
    const values = [];
    for (let i = 0; i < cmd.args.length; i++) {
        const v = cmd.args[i].value;
        if ((v === '-o' || v === '--option') && i + 1 < cmd.args.length)
            values.push(cmd.args[++i].value);
        else if (v.startsWith('--option='))
            values.push(v.slice('--option='.length));
        else if (v.startsWith('-o') && v.length > 2 && !v.startsWith('--'))
            values.push(v.slice(2));
    }
    for (const setting of values) {
        const eq = setting.indexOf('=');
        if (eq > 0)
            out.set(setting.slice(0, eq).toLowerCase(), setting.slice(eq + 1).replace(/^["']|["']$/g, ''));
    }
    return out;
}
const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);
function isTrueWord(value) {
    return TRUE_WORDS.has(value.toLowerCase());
}
function isFalseWord(value) {
    return FALSE_WORDS.has(value.toLowerCase());
}
/**
 * Whether an earlier RUN of the image wrote an apt setting to its configuration
 * (`echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/…`): `value` tells which values count.
 */
function aptConfigWritten(df, ins, name, value) {
    return someEarlier(df, ins, aptSettingTest(name, value));
}
/** One test per setting and value check, so that `someEarlier` answers each once per file. */
const aptSettingTests = new Map();
function aptSettingTest(name, value) {
    let byValue = aptSettingTests.get(name);
    if (!byValue)
        aptSettingTests.set(name, (byValue = new WeakMap()));
    let test = byValue.get(value);
    if (!test) {
        const pattern = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\\\?["']([^"'\\\\]*)\\\\?["']`, 'i');
        test = (run) => {
            if (run.keyword !== 'RUN')
                return false;
            const m = pattern.exec(instructionText(run));
            return m !== null && value(m[1]);
        };
        byValue.set(value, test);
    }
    return test;
}
/** apk options that take a value: `--virtual .build-deps`, `-X <repository>`, `--root /mnt`. */
const APK_VALUE_FLAGS = [
    't', 'virtual', 'X', 'repository', 'repositories-file', 'p', 'root', 'arch', 'cache-dir', 'keys-dir', 'cache-max-age', 'timeout', 'progress-fd', 'wait',
];
/** Whether the command is `apk … add …`. */
function isApkAdd(cmd) {
    return cmd.base === 'apk' && operandWords(cmd, APK_VALUE_FLAGS)[0]?.value === 'add';
}
const DEB_MANAGER = { database: 'deb', install: ['install'], remove: ['remove', 'purge'], valueFlags: APT_GET_VALUE_FLAGS };
const RPM_MANAGER = { database: 'rpm', install: ['install'], remove: ['remove', 'erase'], valueFlags: RPM_OPTIONS_WITH_VALUE };
const OS_PACKAGE_MANAGERS = {
    'apt-get': DEB_MANAGER,
    apt: DEB_MANAGER,
    apk: { database: 'apk', install: ['add'], remove: ['del'], valueFlags: APK_VALUE_FLAGS },
    yum: RPM_MANAGER,
    dnf: RPM_MANAGER,
    microdnf: RPM_MANAGER,
    tdnf: RPM_MANAGER,
};
function osPackageCommand(cmd) {
    const manager = OS_PACKAGE_MANAGERS[cmd.base];
    // apt's simulations (`apt-get -s install`, `apt-get purge --dry-run`) change nothing.
    if (!manager || (manager === DEB_MANAGER && isAptGetSimulation(cmd)))
        return null;
    const [verb, ...packages] = operandWords(cmd, manager.valueFlags);
    if (verb && manager.install.includes(verb.value))
        return { manager, action: 'install', packages };
    if (verb && manager.remove.includes(verb.value))
        return { manager, action: 'remove', packages };
    return null;
}
/** Debian architecture qualifiers (`gcc:amd64`); apk's `cmd:wget` and `so:libz.so.1` are something else. */
const DEB_ARCHITECTURE = /:(amd64|arm64|armhf|armel|i386|ppc64el|s390x|mips64el|riscv64|all|any|native)$/;
/** The package a spec names, without version, release or architecture: `curl=7.88.*`, `curl/bookworm`, `jq~1.7`, `gcc:amd64`. */
function packageName(spec) {
    return spec.replace(/[=~<>/].*$/, '').replace(DEB_ARCHITECTURE, '');
}
/**
 * The packages an OS package install among the site's commands names (`apk add wget`, `apt-get
 * install -y $deps`), by name; empty for any other command.
 */
function packagesInstalledBy(site, cmd) {
    const install = osPackageCommand(cmd);
    if (install?.action !== 'install')
        return [];
    const variables = variablesAt(site, cmd);
    return install.packages.flatMap((word) => resolveWord(word, variables) ?? []).map(packageName);
}
/**
 * Which packages of an install among the site's commands the same RUN removes again after it:
 * `apt-get purge gcc`, `apk del gcc`, or `apk del .build-deps` for an `apk add --virtual .build-deps`,
 * which removes everything the virtual package holds. Only removals by the same package database
 * count, and commands inside `$( )` do not.
 */
function removedLaterInRun(site, cmd) {
    const install = osPackageCommand(cmd);
    const index = runVariables(site).indexOf.get(cmd);
    if (install?.action !== 'install' || index === undefined)
        return () => false;
    const removed = new Set();
    for (const removal of runRemovals(site)) {
        if (removal.index > index && removal.database === install.manager.database)
            for (const name of removal.names)
                removed.add(name);
    }
    const virtual = cmd.base === 'apk' ? (flagValues(cmd, 'virtual')[0] ?? flagValues(cmd, 't')[0]) : undefined;
    if (virtual !== undefined && removed.has(virtual))
        return () => true;
    return (name) => removed.has(packageName(name));
}
const removalsCache = new WeakMap();
/** The package removals of a RUN (outside `$( )`), read once per RUN: every install asks which come after it. */
function runRemovals(site) {
    let removals = removalsCache.get(site);
    if (!removals) {
        removals = site.commands.flatMap((later, index) => {
            if (later.substitution)
                return [];
            const removal = osPackageCommand(later);
            if (removal?.action !== 'remove')
                return [];
            const variables = variablesAt(site, later);
            const names = removal.packages.flatMap((word) => (resolveWord(word, variables) ?? []).map(packageName));
            return [{ index, database: removal.manager.database, names }];
        });
        removalsCache.set(site, removals);
    }
    return removals;
}
/**
 * Whether the command is a pip install: `pip`, `pip3`, `pip3.12`, `pipx` (hadolint counts every command
 * whose name starts with `pip`, except pipenv) with an `install` argument, or `python… -m pip install`.
 */
function isPipInstall(cmd) {
    const args = cmd.args.map((a) => a.value);
    if (cmd.base.startsWith('pip') && !cmd.base.startsWith('pipenv'))
        return args.includes('install');
    if (cmd.base.startsWith('python')) {
        return args.some((v, i) => v === '-m' && args[i + 1] === 'pip' && args[i + 2] === 'install');
    }
    return false;
}
/** The words after `install` of a pip install (`python -m pip install …` included), flags still in. */
function pipInstallArgs(cmd) {
    const at = cmd.args.findIndex((a) => a.value === 'install');
    return at < 0 ? [] : cmd.args.slice(at + 1);
}
/**
 * The value of an ENV or ARG variable when the RUN runs. Before any FROM (hadolint's fragments) there
 * is no stage to carry variables, so earlier ENV and ARG lines of the fragment are read directly.
 */
function variableAt(df, site, name) {
    const scope = site.run.scope;
    const value = scope.args.get(name) ?? scope.env.get(name);
    if (value !== undefined && value !== null)
        return value;
    if (site.instruction.stage >= 0)
        return undefined;
    let found;
    for (const ins of df.preamble) {
        if (ins === site.instruction)
            break;
        if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG')
            continue;
        for (const pair of ins.pairs)
            if (pair.key === name && pair.value !== null)
                found = pair.value;
    }
    return found;
}
/** Shell brace expansion of a path: `/var/lib/{apt,dpkg}/` is `/var/lib/apt/` and `/var/lib/dpkg/`. */
function expandBraces(word) {
    const open = word.indexOf('{');
    if (open < 0)
        return [word];
    let depth = 0;
    const commas = [];
    for (let i = open; i < word.length; i++) {
        const ch = word[i];
        if (ch === '{')
            depth++;
        else if (ch === '}') {
            depth--;
            if (depth === 0) {
                if (commas.length === 0)
                    return [word];
                const bounds = [open, ...commas, i];
                const head = word.slice(0, open);
                const tail = word.slice(i + 1);
                const out = [];
                for (let k = 0; k + 1 < bounds.length; k++) {
                    for (const alt of expandBraces(word.slice(bounds[k] + 1, bounds[k + 1])))
                        out.push(...expandBraces(head + alt + tail));
                }
                return out;
            }
        }
        else if (ch === ',' && depth === 1)
            commas.push(i);
    }
    return [word];
}
/** Paths a `rm` removes, braces expanded; empty for any other command. */
function removedPaths(cmd) {
    if (cmd.base !== 'rm')
        return [];
    return operandWords(cmd, []).flatMap((w) => expandBraces(w.value));
}
/** "`curl` has no version", "`curl` and `git` have no version": the subject of a pinning message. */
function noVersion(names, what = 'no version') {
    const unique = new Set(names).size;
    return `${listNames(names)} ${unique === 1 ? 'has' : 'have'} ${what}`;
}
/**
 * Whether a tool's cache lands on a cache or tmpfs mount of the RUN: one whose target contains
 * `fragment` (`.cache/pip`), one at a `.cache` directory (which holds every tool's cache), or one at or
 * above a directory the RUN points the tool to (`--cache-dir`, `PIP_CACHE_DIR`).
 */
function cacheOnMount(site, fragment, cacheDirs) {
    const targets = cacheMountTargets(site.run).map(trimSlash).filter((t) => t !== '');
    if (targets.some((t) => t.includes(fragment) || t.endsWith('/.cache')))
        return true;
    return cacheDirs.some((dir) => dir !== undefined && targets.some((t) => trimSlash(dir) === t || dir.startsWith(`${t}/`)));
}
/** The value a RUN gives a variable in its own text (`export NAME=value`, `NAME=value cmd`), if any. */
function assignedInRun(site, name) {
    return new RegExp(`\\b${name}=["']?([^\\s"';&|]+)`).exec(runText(site))?.[1];
}

;// CONCATENATED MODULE: ./src/lint/rules/apk-add-keeps-cache.ts


/** `rm -rf /var/cache/apk/*` (or the directory itself) removes what `apk add` cached. */
function deletesApkCache(cmd) {
    return removedPaths(cmd).some((path) => path.startsWith('/var/cache/apk'));
}
const apkAddKeepsCache = {
    id: 'apk-add-keeps-cache',
    title: 'Use apk add --no-cache',
    severity: 'info',
    scope: 'all',
    aliases: ['DL3019'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            // A build stage the target never ships may keep its cache: it costs nothing in the image.
            if (!package_managers_isShipped(site, ctx))
                continue;
            if (hasCacheMountWith(site.run, '/var/cache/apk') || hasCacheMountCovering(site.run, '/var/cache/apk'))
                continue;
            // `--no-network` installs from what is already on disk: it downloads no index to keep.
            const adding = site.commands.find((cmd) => isApkAdd(cmd) && !hasFlag(cmd, 'no-cache') && !hasFlag(cmd, 'no-network'));
            if (!adding || site.commands.some(deletesApkCache))
                continue;
            ctx.reportAt(site.instruction, `Use the \`--no-cache\` switch to avoid the need to use \`--update\` and remove \`/var/cache/apk/*\` when done installing packages: ` +
                `\`${showCommand(adding)}\` leaves the package index in the layer. Write \`apk add --no-cache <package>\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/apk-add-unpinned.ts

/** A version constraint (`curl=8.5.0-r0`, `curl~8.5`, `curl>=8`, `curl<9`) or a local `.apk` file. */
function isPinned(name) {
    return /[=~<>]/.test(name) || name.endsWith('.apk');
}
const apkAddUnpinned = {
    id: 'apk-add-unpinned',
    title: 'Pin versions in apk add',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3018'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            const unpinned = site.commands
                .filter(isApkAdd)
                .flatMap((cmd) => unpinnedPackages(site, cmd, operandWords(cmd, APK_VALUE_FLAGS).slice(1), isPinned));
            if (unpinned.length === 0)
                continue;
            ctx.reportAt(site.instruction, `Pin versions in apk add: ${noVersion(unpinned)}. ` +
                `Instead of \`apk add ${unpinned[0]}\` use \`apk add ${unpinned[0]}~<major.minor>\`: an Alpine branch keeps only the newest build of a package, ` +
                `so an exact pin (\`${unpinned[0]}=<version>\`) breaks the build at the next security fix`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/apt-get-install-recommends.ts


/** `--no-install-recommends`, or `-o APT::Install-Recommends=false` on the command. */
function skipsRecommends(cmd) {
    if (hasFlag(cmd, 'no-install-recommends'))
        return true;
    const option = aptOptions(cmd).get('apt::install-recommends');
    return option !== undefined && isFalseWord(option);
}
const aptGetInstallRecommends = {
    id: 'apt-get-install-recommends',
    title: 'Avoid additional packages by specifying --no-install-recommends',
    severity: 'info',
    scope: 'all',
    aliases: ['DL3015'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            // Recommended packages in a build stage the target never ships do not reach the image.
            if (!package_managers_isShipped(site, ctx))
                continue;
            const installing = site.commands.find((cmd) => isAptGetInstall(cmd) && !skipsRecommends(cmd));
            if (!installing)
                continue;
            // `APT::Install-Recommends "false";` in /etc/apt/apt.conf.d, written earlier, applies to every later install.
            if (aptConfigWritten(ctx.dockerfile, site.instruction, 'APT::Install-Recommends', isFalseWord))
                continue;
            ctx.reportAt(site.instruction, `Avoid additional packages by specifying \`--no-install-recommends\`: \`${showCommand(installing)}\` also installs every package these recommend into the shipped image. ` +
                'Write `apt-get install --no-install-recommends <package>`');
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/apt-get-install-unpinned.ts

/**
 * A version (`curl=7.88.1-10`, `curl=7.*`), a release (`curl/bookworm-backports`) or a local `.deb`
 * file fixes what gets installed.
 */
function apt_get_install_unpinned_isPinned(name) {
    return name.includes('=') || name.includes('/') || name.endsWith('.deb');
}
const aptGetInstallUnpinned = {
    id: 'apt-get-install-unpinned',
    title: 'Pin versions in apt-get install',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3008'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            const unpinned = site.commands
                .filter(isAptGetInstall)
                .flatMap((cmd) => unpinnedPackages(site, cmd, operandWords(cmd, APT_GET_VALUE_FLAGS).slice(1), apt_get_install_unpinned_isPinned));
            if (unpinned.length === 0)
                continue;
            ctx.reportAt(site.instruction, `Pin versions in apt-get install: ${noVersion(unpinned)}. ` +
                `Instead of \`apt-get install ${unpinned[0]}\` use \`apt-get install ${unpinned[0]}=<version>\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/apt-get-install-without-yes.ts


/** `-y`, `--yes`, `--assume-yes`, or quiet level 2 (`-qq`, `-q -q`, `-q=2`), which implies yes. */
function answersYes(cmd) {
    if (hasAnyFlag(cmd, ['y', 'yes', 'assume-yes', 'qq']))
        return true;
    if (countFlag(cmd, 'q') >= 2 || countFlag(cmd, 'quiet') >= 2)
        return true;
    if (cmd.args.some((a) => a.value === '-q=2' || a.value === '--quiet=2'))
        return true;
    const assumeYes = aptOptions(cmd).get('apt::get::assume-yes');
    return assumeYes !== undefined && isTrueWord(assumeYes);
}
const aptGetInstallWithoutYes = {
    id: 'apt-get-install-without-yes',
    title: 'Use the -y switch with apt-get install',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3014'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            const waiting = site.commands.find((cmd, i) => {
                if (!isAptGetInstall(cmd) || answersYes(cmd))
                    return false;
                // `yes | apt-get install …` answers the prompt through the pipe.
                const before = site.commands[i - 1];
                return !(cmd.before === '|' && before?.base === 'yes');
            });
            if (!waiting)
                continue;
            // `APT::Get::Assume-Yes "true";` written to /etc/apt/apt.conf.d earlier answers for every later apt-get.
            if (aptConfigWritten(ctx.dockerfile, site.instruction, 'APT::Get::Assume-Yes', isTrueWord))
                continue;
            ctx.reportAt(site.instruction, `Use the \`-y\` switch to avoid manual input: \`${showCommand(waiting)}\` asks for a confirmation the build cannot give. ` +
                `Write \`${waiting.name} -y ${showCommand({ ...waiting, name: '' }).trim()}\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/apt-instead-of-apt-get.ts

/** What to use instead of an `apt` subcommand: apt-cache answers the questions, apt-get does the work. */
function replacementFor(subcommand) {
    if (subcommand && ['search', 'show', 'policy', 'depends', 'rdepends', 'showpkg'].includes(subcommand))
        return `apt-cache ${subcommand}`;
    if (subcommand === 'list')
        return 'apt-cache policy';
    if (subcommand === 'full-upgrade')
        return 'apt-get dist-upgrade';
    return `apt-get ${subcommand ?? '<command>'}`;
}
const aptInsteadOfAptGet = {
    id: 'apt-instead-of-apt-get',
    title: 'Do not use apt in scripts, use apt-get or apt-cache',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3027'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            const apt = site.commands.find((cmd) => cmd.base === 'apt');
            if (!apt)
                continue;
            const subcommand = apt.args.find((a) => !a.value.startsWith('-'))?.value;
            ctx.reportAt(site.instruction, `Do not use apt as it is meant to be an end-user tool, use apt-get or apt-cache instead: ` +
                `replace \`${showCommand(apt)}\` with \`${replacementFor(subcommand)}\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/apt-lists-not-deleted.ts

/** `apt-get update`, `apt update`, `aptitude update`: what downloads the package lists. */
function updatesLists(cmd) {
    return ['apt-get', 'apt', 'aptitude'].includes(cmd.base) && cmd.args.some((a) => a.value === 'update');
}
/**
 * Helpers that install and then delete the lists themselves: `install_packages` (bitnami/minideb) and
 * `install-packages` (Gitpod's workspace images).
 */
const CLEANING_INSTALLERS = new Set(['install_packages', 'install-packages']);
/**
 * What removes the lists again in the same RUN: `rm` of `/var/lib/apt/lists` (or of something under or
 * above it), `find /var/lib/apt/lists … -delete`, `apt-get distclean` (apt 2.7+), or an installer
 * helper that cleans up after itself.
 */
function deletesLists(cmd) {
    const touchesLists = (path) => path.startsWith('/var/lib/apt') || path === '/var/lib' || path === '/var/lib/';
    if (CLEANING_INSTALLERS.has(cmd.base))
        return true;
    if (cmd.base === 'rm')
        return removedPaths(cmd).some(touchesLists);
    if (cmd.base === 'find') {
        return cmd.args.some((a) => touchesLists(a.value)) && cmd.args.some((a) => a.value === '-delete' || a.value === '-exec' || a.value === '-execdir');
    }
    if (['apt-get', 'apt'].includes(cmd.base))
        return cmd.args.some((a) => a.value === 'distclean' || a.value === 'dist-clean');
    return false;
}
/**
 * Cache or tmpfs mounts keep the lists out of the layer: one at the lists directory itself, or the pair
 * Docker's documentation shows (`/var/lib/apt` and `/var/cache/apt`). `/var/lib/apt` alone, with
 * `docker-clean` disabled, still leaves the downloaded archives in `/var/cache/apt` (hadolint's reading).
 */
function listsOnCacheMount(site) {
    if (cacheMountTargets(site.run).some((t) => t.includes('/var/lib/apt/lists')))
        return true;
    return hasCacheMountCovering(site.run, '/var/lib/apt/lists') && hasCacheMountCovering(site.run, '/var/cache/apt');
}
const aptListsNotDeleted = {
    id: 'apt-lists-not-deleted',
    title: 'Delete the apt lists after installing something',
    severity: 'info',
    scope: 'all',
    aliases: ['DL3009'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            // Lists left in a build stage the target never ships cost nothing in the image.
            if (!package_managers_isShipped(site, ctx))
                continue;
            const update = site.commands.find(updatesLists);
            if (!update || site.commands.some(deletesLists) || listsOnCacheMount(site))
                continue;
            const where = site.onbuild ? 'a layer of every image built FROM this one' : 'a layer of the shipped image';
            ctx.reportAt(site.instruction, `Delete the apt lists (/var/lib/apt/lists) after installing something: \`${update.base} update\` downloads them into ${where}. ` +
                'End the same RUN with `&& rm -rf /var/lib/apt/lists/*`, or mount a cache at /var/lib/apt/lists');
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/archive-copied-then-extracted.ts


const DECOMPRESSORS = new Set(['unzip', 'gunzip', 'bunzip2', 'unlzma', 'unxz', 'zgz', 'uncompress', 'zcat', 'gzcat']);
/**
 * `tar -xf`, `tar --extract`, `tar --get`, and the old bundled form `tar xzf` (its first word, without
 * a dash, is the option list).
 */
function isTarExtract(cmd) {
    if (cmd.base !== 'tar')
        return false;
    return cmd.args.some((arg, i) => {
        const v = arg.value;
        if (v === '--extract' || v === '--get')
            return true;
        if (/^-[A-Za-z]+$/.test(v))
            return v.includes('x');
        return i === 0 && v.includes('x') && /^[AcdrtuxCfjJzZvkmOopPSwW]+$/.test(v);
    });
}
/** The basenames of the files a command unpacks (every non-flag argument of tar -x or a decompressor). */
function extractedNames(cmd) {
    if (!isTarExtract(cmd) && !DECOMPRESSORS.has(cmd.base))
        return [];
    return positionalArgs(cmd).map(pathBasename);
}
const archiveCopiedThenExtracted = {
    id: 'archive-copied-then-extracted',
    title: 'Use ADD for extracting archives into an image',
    severity: 'info',
    scope: 'all',
    aliases: ['DL3010'],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        let copied = [];
        const extracted = new Map();
        for (const ins of df.instructions) {
            if (ins.keyword === 'FROM') {
                copied = [];
                continue;
            }
            if (ins.keyword === 'COPY') {
                const args = copyArgs(ins, df.escapeChar);
                // Files copied from another stage or image are not in the build context: ADD cannot unpack them.
                if (!args || args.from !== null)
                    continue;
                if (isArchiveName(args.destination))
                    copied.push({ copy: ins, name: pathBasename(args.destination) });
                else {
                    const names = new Set(args.sources.filter((s) => !isHeredocSource(s) && isArchiveName(s)).map(pathBasename));
                    for (const name of names)
                        copied.push({ copy: ins, name });
                }
                continue;
            }
            if (ins.keyword !== 'RUN' || copied.length === 0)
                continue;
            for (const cmd of runCommands(ins).map(unwrap)) {
                const names = extractedNames(cmd);
                for (const archive of copied) {
                    if (!extracted.has(archive) && names.includes(archive.name))
                        extracted.set(archive, ins.line);
                }
            }
        }
        for (const [archive, runLine] of extracted) {
            ctx.reportAt(archive.copy, `Use \`ADD\` for extracting archives into an image: \`${archive.name}\` is copied here and unpacked by the RUN on line ${runLine}, ` +
                'which keeps the archive in a layer. `ADD <archive> <dir>` unpacks a local tar archive in one step');
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/base-image-tag-drift.ts
/** `node:20@sha256:0123456789ab…`: digests shortened so the message stays readable. */
function shortRef(image) {
    return image.familiar + (image.tag ? `:${image.tag}` : '') + (image.digest ? `@${image.digest.slice(0, 19)}…` : '');
}
/** `1.22.3-alpine3.20` → version `1.22.3`; `latest`/none → null; `bookworm` → null. */
function versionOf(tag) {
    if (tag === null)
        return null;
    const m = /^v?(\d+(?:\.\d+)*)/.exec(tag);
    return m ? m[1] : null;
}
/** `1.22` and `1.22.3` agree (one floats within the other); `18` and `20` do not. */
function versionsAgree(a, b) {
    const pa = a.split('.');
    const pb = b.split('.');
    const n = Math.min(pa.length, pb.length);
    for (let i = 0; i < n; i++)
        if (pa[i] !== pb[i])
            return false;
    return true;
}
/** Why two pulls of one repository disagree, or null when they are one version in two variants. */
function drift(a, b) {
    if (a.tag === b.tag) {
        if (a.digest && b.digest && a.digest !== b.digest)
            return 'the same tag pinned to two different digests';
        if ((a.digest === null) !== (b.digest === null))
            return 'pinned by digest in one place and floating in the other';
        return null;
    }
    const va = versionOf(a.tag);
    const vb = versionOf(b.tag);
    if (va !== null && vb !== null)
        return versionsAgree(va, vb) ? null : 'two different versions';
    // Tags without a version name variants (`debug`, `nonroot`, `alpine`, `lts-slim`), not releases.
    if (va === null && vb === null)
        return null;
    return 'a pinned version in one place and a floating tag in the other';
}
const baseImageTagDrift = {
    id: 'base-image-tag-drift',
    title: 'One image repository is pulled under different tags or digests',
    severity: 'warning',
    scope: 'reachable',
    aliases: [],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        const pulls = [];
        for (const stage of df.stages) {
            if (!ctx.reachable.has(stage.index))
                continue;
            for (const dep of stage.dependencies) {
                if (dep.source.kind === 'image' && dep.source.image)
                    pulls.push({ image: dep.source.image, instruction: dep.instruction });
            }
        }
        const byRepository = new Map();
        for (const pull of pulls) {
            const key = `${pull.image.registry}/${pull.image.repository}`;
            (byRepository.get(key) ?? byRepository.set(key, []).get(key)).push(pull);
        }
        for (const group of byRepository.values()) {
            // One finding per repository, on the first pull that disagrees with an earlier one.
            let clash = null;
            for (let i = 1; i < group.length && !clash; i++) {
                for (const earlier of group.slice(0, i)) {
                    const why = drift(earlier.image, group[i].image);
                    if (why) {
                        clash = { pull: group[i], earlier, why };
                        break;
                    }
                }
            }
            if (!clash)
                continue;
            const distinct = new Map();
            for (const p of group)
                if (!distinct.has(shortRef(p.image)))
                    distinct.set(shortRef(p.image), p.instruction.line);
            const listed = [...distinct].slice(0, 4).map(([ref, line]) => `\`${ref}\` (line ${line})`);
            const more = distinct.size > 4 ? ` and ${distinct.size - 4} more` : '';
            ctx.reportAt(clash.pull.instruction, `\`${clash.pull.image.familiar}\` is pulled as ${listed.join(', ')}${more} — ${clash.why}. ` +
                'The stages can build and run against different releases (libc, native modules, the runtime), and the build pulls each one: use one tag, e.g. an `ARG` the FROM lines share.');
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/shared/base-image.ts

/** The global ARGs (with a default) that a FROM reference such as `${BASE_IMAGE}` or `node:${TAG}` uses. */
function argSources(df, raw) {
    const out = [];
    for (const name of referencedVariables(raw, df.escapeChar)) {
        const declared = [...df.globalArgs].reverse().find((a) => a.name === name && a.defaultValue !== null);
        if (declared)
            out.push({ name, line: declared.line });
    }
    return out;
}
/**
 * How a message names the image of a FROM: `node`; when build arguments supply it,
 * `` `$BASE` resolves to `node` (the default of ARG BASE on line 1), which ``; when the build passes a
 * named context of that name, `` `FROM node` builds from the named context `docker-image://node`, which ``.
 */
function describeReference(df, base) {
    const { raw, expanded } = base;
    // The context's value as the build definition writes it.
    if (base.namedContext !== undefined)
        return `\`FROM ${raw}\` builds from the named context \`docker-image://${expanded}\`, which`;
    if (!raw.includes('$'))
        return `\`${expanded}\``;
    const sources = argSources(df, raw);
    const where = sources.length > 0 ? ` (${sources.map((s) => `the default of \`ARG ${s.name}\` on line ${s.line}`).join(', ')})` : '';
    return `\`${raw}\` resolves to \`${expanded}\`${where}, which`;
}
/** Where to pin a base image, for the rules that ask for a tag: in the build definition when it comes from a named context. */
function pinnedExample(base, image) {
    return base.namedContext !== undefined ? `\`docker-image://${image.familiar}:<version>\` where the build passes that context` : `\`FROM ${image.familiar}:<version>\``;
}

;// CONCATENATED MODULE: ./src/lint/rules/base-image-untagged.ts

const baseImageUntagged = {
    id: 'base-image-untagged',
    title: 'Always tag the version of an image explicitly',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3006'],
    checkStage(stage, ctx) {
        const base = stage.base;
        // A previous stage, scratch, or a reference whose ARGs have no default: nothing to pin here.
        if (base.kind !== 'image' || base.image === null)
            return;
        const { image } = base;
        if (image.tag !== null || image.digest !== null)
            return;
        const sources = argSources(ctx.dockerfile, base.raw);
        const fix = sources.length === 1 && base.namedContext === undefined ? `the default, e.g. \`ARG ${sources[0].name}=${base.expanded}:<version>\`` : `a release, e.g. ${pinnedExample(base, image)}`;
        ctx.reportAt(stage.from, `Always tag the version of an image explicitly: ${describeReference(ctx.dockerfile, base)} has no tag, ` +
            `so every build takes whatever \`latest\` is that day. Pin ${fix}, or a digest`);
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/base-image-uses-latest.ts

const baseImageUsesLatest = {
    id: 'base-image-uses-latest',
    title: 'Do not build FROM the latest tag',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3007'],
    checkStage(stage, ctx) {
        const base = stage.base;
        if (base.kind !== 'image' || base.image === null)
            return;
        const { image } = base;
        // A digest pins the content whatever the tag says.
        if (image.tag !== 'latest' || image.digest !== null)
            return;
        const sources = argSources(ctx.dockerfile, base.raw);
        const example = sources.length === 1 && base.namedContext === undefined ? `\`ARG ${sources[0].name}=…:<version>\`` : pinnedExample(base, image);
        ctx.reportAt(stage.from, `Using latest is prone to errors if the image will ever update: ${describeReference(ctx.dockerfile, base)} ` +
            `changes under you with every new release. Pin the version explicitly to a release tag, e.g. ${example}`);
    },
};

;// CONCATENATED MODULE: ./src/lint/image/chain.ts
/** The stages an image is made of, and the stages it takes files from. */

/** The stages whose filesystem the target image is made of, from the external base down to the target. */
function shippedChain(ctx) {
    if (!ctx.target)
        return [];
    return ancestry(ctx.dockerfile, ctx.target).reverse();
}
/** The stages a stage is built FROM, from the external base down to the stage itself. */
function chainOf(df, stage) {
    return ancestry(df, stage).reverse();
}
/** Instructions that run in a build of these stages, in order; ONBUILD triggers run in other builds. */
function instructionsOf(stages) {
    return stages.flatMap((s) => s.instructions.filter((i) => i.keyword !== 'ONBUILD'));
}
/** The external base a stage's chain starts from: an image, scratch, or an unresolvable reference. */
function rootBase(df, stage) {
    const chain = ancestry(df, stage);
    return chain[chain.length - 1].base;
}
function rootImage(df, stage) {
    const base = rootBase(df, stage);
    return base.kind === 'image' ? base.image : null;
}
/** How a finding names a stage: `builder`, or `stage 0` when it has no name. */
function stageLabel(stage) {
    return stage.name ? `\`${stage.name}\`` : `stage ${stage.index}`;
}
/** Whether any stage in the chain takes files from a stage outside it (`COPY --from`, `RUN --mount=from=`). */
function takesFromOtherStages(chain) {
    const inChain = new Set(chain.map((s) => s.index));
    return chain.some((s) => s.dependencies.some((d) => d.kind !== 'from' && d.source.kind === 'stage' && !inChain.has(d.source.stage)));
}
/** Stages the chain copies files from (`COPY --from`, bind mounts), with their own FROM chains. */
function sourceStages(df, chain) {
    const inChain = new Set(chain.map((s) => s.index));
    const out = new Map();
    for (const stage of chain) {
        for (const dep of stage.dependencies) {
            if (dep.kind === 'from' || dep.source.kind !== 'stage' || inChain.has(dep.source.stage))
                continue;
            const source = df.stages[dep.source.stage];
            if (source)
                out.set(source.index, source);
        }
    }
    return [...out.values()];
}

;// CONCATENATED MODULE: ./src/lint/image/copies.ts
/** What each COPY and ADD brings into an image, from where, and whether it is the project. */

/** `/a/./b/../c/` → `/a/c`; relative paths are resolved against `base` (null when it is unknown). */
function resolvePath(base, path) {
    const absolute = path.startsWith('/') ? path : base === null ? null : `${base}/${path}`;
    if (absolute === null)
        return null;
    const parts = [];
    for (const part of absolute.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            parts.pop();
        else
            parts.push(part);
    }
    return '/' + parts.join('/');
}
/** Whether `inner` is `outer` or lies under it. */
function isWithin(inner, outer) {
    return outer === '/' || inner === outer || inner.startsWith(outer + '/');
}
/** The WORKDIR in effect when `ins` runs (null when only the base image knows it). */
function workdirAt(stage, ins) {
    let workdir = stage.initial.workdir;
    for (const i of stage.instructions) {
        if (i === ins)
            break;
        if (i.keyword !== 'WORKDIR')
            continue;
        const dir = expandInScope(i, i.args.trim());
        if (dir.includes('$'))
            workdir = null;
        else
            workdir = resolvePath(workdir, dir);
    }
    return workdir;
}
/** Expands `$VAR` in a word with the variables the instruction sees; unknown variables stay as written. */
function expandInScope(ins, word) {
    const exp = expandWord(word, scopeLookup(ins.scope), { keepUnset: true });
    return exp.error ? word : exp.result;
}
const URL_SOURCE = /^(https?:\/\/|git@|ssh:\/\/)/i;
/** The sources and destination of a COPY or ADD (exec or shell form); null for anything else. */
function copySpec(stage, ins) {
    if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD')
        return null;
    let spec = copySpecs.get(ins);
    if (spec === undefined) {
        spec = readCopySpec(stage, ins);
        copySpecs.set(ins, spec);
    }
    return spec;
}
const copySpecs = new WeakMap();
function readCopySpec(stage, ins) {
    const words = ins.execForm ?? parseWords(ins.args).map((w) => unquote(w));
    if (words.length < 2)
        return null;
    const expanded = words.map((w) => expandInScope(ins, w));
    const dest = expanded[expanded.length - 1];
    const sources = expanded.slice(0, -1).filter((s) => !/^<<-?/.test(s));
    const fromFlag = ins.flags.find((f) => f.name === 'from');
    const dep = stage.dependencies.find((d) => d.instruction === ins && d.kind === 'copy');
    return { instruction: ins, sources, dest, from: fromFlag ? (dep?.source ?? { kind: 'unknown', raw: fromFlag.value ?? '' }) : null, fromRaw: fromFlag?.value ?? null, workdir: workdirAt(stage, ins) };
}
/** Sources that come from the build context (not `--from`, not URLs or git repositories). */
function contextSources(spec) {
    if (spec.from !== null)
        return [];
    return spec.sources.filter((s) => !URL_SOURCE.test(s));
}
function normalizeSource(source) {
    return source.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}
/** `.`, `./`, `*`, `/`: the whole build context. */
function isWholeContext(source) {
    const s = normalizeSource(source);
    return s === '' || s === '.' || s === '*' || s === './*' || s === '/.' || s === '/*';
}
/** The first source of a COPY/ADD that copies the whole build context, if any. */
function wholeContextSource(spec) {
    return contextSources(spec).find(isWholeContext) ?? null;
}
const MANIFEST = /^(package(-lock)?\.json|package\*\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|pnpm-workspace\.yaml|bun\.lockb?|\.yarnrc\.yml|go\.(mod|sum|work)|Cargo\.(toml|lock)|pom\.xml|build\.gradle(\.kts)?|settings\.gradle(\.kts)?|gradlew|mvnw|.+\.(csproj|fsproj|vbproj|sln)|requirements[\w.*-]*\.txt|pyproject\.toml|setup\.(py|cfg)|Pipfile(\.lock)?|poetry\.lock|uv\.lock|Gemfile(\.lock)?|composer\.(json|lock)|Makefile|CMakeLists\.txt|tsconfig[\w.-]*\.json|mix\.(exs|lock)|build\.sbt|deno\.jsonc?|Package\.swift)$/;
const SOURCE_FILE = /\.(go|rs|c|cc|cpp|cxx|h|hpp|java|kt|kts|scala|ts|tsx|js|jsx|mjs|cjs|py|cs|fs|rb|ex|exs|swift|zig|vue|svelte)$/;
const SOURCE_DIR = new Set(['src', 'app', 'cmd', 'pkg', 'lib', 'internal', 'source', 'sources', 'web', 'frontend', 'backend', 'server', 'client', 'api', 'packages', 'apps', 'crates', 'modules', 'services']);
function lastComponent(source) {
    const s = normalizeSource(source);
    return s.slice(s.lastIndexOf('/') + 1);
}
/** Whether a context source is the project's sources: the whole context, a source folder or source files. */
function isSourceTree(source) {
    if (isWholeContext(source))
        return true;
    const name = lastComponent(source);
    return SOURCE_DIR.has(name.toLowerCase()) || SOURCE_FILE.test(name) || /^\*\.\w+$/.test(name);
}
/** Whether a context source is the project's own: its sources or a build manifest (`package.json`, `go.mod`). */
function isProjectFile(source) {
    return isSourceTree(source) || MANIFEST.test(lastComponent(source));
}
/**
 * What a build on the host leaves for the image to run: jars and wars (`target/*.jar`, `build/libs/`),
 * .NET assemblies, wheels, bundler output (`dist/`, `.next/standalone`, `build/`), published folders.
 */
const ARTIFACT_FILE = /\.(jar|war|ear|dll|whl|phar|exe)$/i;
const ARTIFACT_DIR = /(^|\/)(target|build|dist|out|publish|release|bin|\.next|\.output|\.svelte-kit)(\/|$)/;
/** Whether a context source is something built on the host: the project, compiled. */
function isHostArtifact(source) {
    const s = normalizeSource(source);
    return ARTIFACT_FILE.test(lastComponent(s)) || ARTIFACT_DIR.test(s);
}
/** A folder (no extension, no glob) copied into the WORKDIR the image builds or runs in: the project's sources, whatever it is called. */
function copiesFolderIntoWorkdir(spec, source) {
    const name = lastComponent(source);
    if (name === '' || name.includes('.') || name.includes('*') || name.includes('$'))
        return false;
    if (spec.workdir === null || spec.workdir === '/')
        return false;
    const dest = resolvePath(spec.workdir, spec.dest);
    return dest !== null && isWithin(dest, spec.workdir);
}
/**
 * Whether a COPY brings in the project: its sources or manifests, any folder copied into the WORKDIR,
 * or what a build on the host produced (a jar, `dist/`, a published folder).
 */
function copiesProjectFiles(spec) {
    return contextSources(spec).some((s) => isProjectFile(s) || isHostArtifact(s) || copiesFolderIntoWorkdir(spec, s));
}
/** Whether a COPY brings in the project itself rather than only its manifests: sources, a folder into the WORKDIR, host-built output. */
function copiesProjectSources(spec) {
    return contextSources(spec).some((s) => isSourceTree(s) || isHostArtifact(s) || copiesFolderIntoWorkdir(spec, s));
}
function copiesSourceTree(spec) {
    return contextSources(spec).some(isSourceTree);
}
/** Whether the chain copies the build context's own `package.json` (`COPY package*.json ./`, `COPY . .`): the one the rules get. */
function copiesContextPackageJson(chain) {
    return chain.some((stage) => stage.instructions.some((ins) => {
        const spec = copySpec(stage, ins);
        return spec !== null && contextSources(spec).some((s) => isWholeContext(s) || /^(\.\/)?package(\*|-lock)?\.json$/.test(s));
    }));
}
/** Context copies of the project's own files in a chain, with the stage each is in. */
function projectCopies(chain) {
    const out = [];
    for (const stage of chain) {
        for (const ins of stage.instructions) {
            const spec = copySpec(stage, ins);
            if (spec && copiesProjectFiles(spec))
                out.push(spec);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/lint/image/memo.ts
/**
 * Several image questions are asked of the same instruction or file by several rules; the model is
 * immutable, so each answer is computed once and kept for as long as the object lives.
 */
function memoized(compute) {
    const cache = new WeakMap();
    return (key) => {
        if (cache.has(key))
            return cache.get(key);
        const value = compute(key);
        cache.set(key, value);
        return value;
    };
}

;// CONCATENATED MODULE: ./src/lint/image/packages.ts



/** npm, yarn and pnpm flags that take a value (`--prefix dir`), so that the value is not read as a subcommand. */
const NPM_FLAGS_WITH_VALUE = ['prefix', 'C', 'w', 'workspace', 'filter', 'F', 'dir', 'cwd'];
const INSTALL_SUBCOMMANDS = {
    'apt-get': { sub: ['install'], flagsWithValue: ['o', 'c', 't', 'target-release', 'option'] },
    apt: { sub: ['install'], flagsWithValue: ['o', 'c', 't', 'target-release', 'option'] },
    apk: { sub: ['add'], flagsWithValue: ['t', 'virtual', 'X', 'repository', 'p', 'root', 'repositories-file', 'cache-dir', 'keys-dir', 'arch'] },
    yum: { sub: ['install'], flagsWithValue: ['enablerepo', 'disablerepo', 'setopt', 'installroot', 'releasever', 'x', 'exclude', 'c', 'config'] },
    dnf: { sub: ['install'], flagsWithValue: ['enablerepo', 'disablerepo', 'setopt', 'installroot', 'releasever', 'x', 'exclude', 'c', 'config'] },
    microdnf: { sub: ['install'], flagsWithValue: ['enablerepo', 'disablerepo', 'setopt', 'installroot', 'releasever'] },
    tdnf: { sub: ['install'], flagsWithValue: ['enablerepo', 'disablerepo', 'setopt', 'installroot', 'releasever'] },
    zypper: { sub: ['install', 'in'], flagsWithValue: ['r', 'repo', 't', 'type'] },
};
/** OS package installs in a RUN: `apt-get install`, `apk add`, `yum`/`dnf install`, `zypper in`. */
const packageInstalls = memoized((ins) => {
    if (ins.keyword !== 'RUN')
        return [];
    const out = [];
    for (const raw of runCommands(ins)) {
        if (raw.substitution)
            continue;
        const cmd = unwrap(raw);
        const spec = INSTALL_SUBCOMMANDS[cmd.base];
        if (!spec)
            continue;
        const ops = operands(cmd, spec.flagsWithValue);
        if (!ops[0] || !spec.sub.includes(ops[0]))
            continue;
        const packages = ops
            .slice(1)
            .filter((p) => !p.includes('$') && !p.startsWith('/') && !p.endsWith('.rpm') && !p.endsWith('.deb'))
            .map((p) => p.replace(/[=<>~].*$/, '').replace(/:\w+$/, ''));
        const virtual = cmd.base === 'apk' ? (flagValues(cmd, 'virtual')[0] ?? flagValues(cmd, 't')[0] ?? null) : null;
        out.push({ instruction: ins, command: cmd, manager: cmd.base, packages, virtual });
    }
    return out;
});
/** Package names (and apk virtual names) a RUN removes; `*` when it removes what it marked automatic. */
function packageRemovals(ins) {
    const removed = new Set();
    if (ins.keyword !== 'RUN')
        return removed;
    for (const raw of runCommands(ins)) {
        if (raw.substitution)
            continue;
        const cmd = unwrap(raw);
        const ops = operands(cmd, ['o', 'c', 't']);
        const sub = ops[0];
        let names = null;
        if (cmd.base === 'apk' && sub === 'del')
            names = ops.slice(1);
        else if ((cmd.base === 'apt-get' || cmd.base === 'apt') && (sub === 'purge' || sub === 'remove' || sub === 'autoremove')) {
            names = ops.slice(1);
            // `apt-mark auto …; apt-get purge --auto-remove`: the docker-library idiom that removes build deps.
            if (sub === 'autoremove' || hasAnyFlag(cmd, ['auto-remove']))
                removed.add('*');
        }
        else if (['yum', 'dnf', 'microdnf', 'tdnf', 'zypper'].includes(cmd.base) && (sub === 'remove' || sub === 'erase' || sub === 'autoremove' || sub === 'rm')) {
            names = ops.slice(1);
            if (sub === 'autoremove')
                removed.add('*');
        }
        for (const n of names ?? [])
            removed.add(n.replace(/[=<>~].*$/, ''));
    }
    return removed;
}
/** `gcc`, `build-essential`, `libpq-dev`: packages that compile code, not packages that run it. */
function isToolchainPackage(name) {
    const n = name.toLowerCase();
    if (TOOLCHAIN_PACKAGES.has(n))
        return true;
    if (/^(gcc|g\+\+|cpp|clang|llvm)(-\d+(\.\d+)*)?$/.test(n))
        return true;
    if (/^(gcc|g\+\+|clang)-(\d+-)?[\w-]+-linux-gnu\w*$/.test(n))
        return true; // cross compilers
    if (/^openjdk-?\d+-jdk(-headless)?$/.test(n) || /^java-[\d.]+-openjdk-devel$/.test(n) || /^openjdk\d+(-jdk)?$/.test(n))
        return true;
    if (/^golang(-\d+(\.\d+)*)?(-go)?$/.test(n))
        return true;
    // Headers: Debian/Alpine `-dev`, Red Hat/SUSE `-devel`.
    return /-(dev|devel)$/.test(n);
}
const TOOLCHAIN_PACKAGES = new Set([
    'build-essential', 'build-base', 'alpine-sdk', 'make', 'cmake', 'ninja', 'ninja-build', 'autoconf', 'automake', 'libtool',
    'gcc-c++', 'musl-dev', 'libc-dev', 'libc6-dev', 'linux-headers', 'linux-libc-dev', 'rust', 'rustc', 'cargo', 'go',
    'default-jdk', 'default-jdk-headless', 'maven', 'gradle', 'nodejs-dev', 'dpkg-dev', 'bison', 'flex', 'g++',
]);
/**
 * Toolchain packages installed in a chain and still there at its end: not removed by name, by apk
 * virtual name, or by the `apt-mark auto … purge --auto-remove` idiom in the same RUN.
 */
function keptToolchain(chain, include = isToolchainPackage) {
    const instructions = instructionsOf(chain);
    const out = [];
    instructions.forEach((ins, i) => {
        for (const install of packageInstalls(ins)) {
            const sameRun = packageRemovals(ins);
            const later = new Set();
            for (const next of instructions.slice(i + 1))
                for (const n of packageRemovals(next))
                    later.add(n);
            if (install.virtual && (sameRun.has(install.virtual) || later.has(install.virtual)))
                continue;
            const packages = install.packages.filter((p) => include(p) && !sameRun.has('*') && !sameRun.has(p) && !later.has(p));
            if (packages.length > 0)
                out.push({ install, packages });
        }
    });
    return out;
}
/** Installs that fetch the project's dependencies (which may compile native code). */
function dependencyInstall(ins) {
    for (const raw of runCommands(ins)) {
        if (raw.substitution)
            continue;
        const cmd = unwrap(raw);
        const sub = subcommand(cmd, NPM_FLAGS_WITH_VALUE);
        if (isCommand(cmd, 'pip', 'pip3', 'uv', 'poetry', 'pipenv') && (sub === 'install' || sub === 'sync'))
            return cmd;
        if (isCommand(cmd, 'python', 'python3') && cmd.args[0]?.value === '-m' && cmd.args[1]?.value === 'pip' && cmd.args[2]?.value === 'install')
            return cmd;
        if (isCommand(cmd, 'npm', 'pnpm', 'yarn', 'bun') && (sub === null || sub === 'install' || sub === 'i' || sub === 'ci'))
            return cmd;
        if (isCommand(cmd, 'bundle') && (sub === null || sub === 'install'))
            return cmd;
        if (isCommand(cmd, 'composer') && sub === 'install')
            return cmd;
        if (isCommand(cmd, 'cpanm', 'cpan'))
            return cmd;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/lint/image/builds.ts





/** Script names that produce build output (`build`, `build:prod`, `compile`, `bundle`). */
const BUILD_SCRIPT = /^(build|compile|bundle|dist|package)([:-]\w+)*$/;
const NODE_BUNDLERS = {
    tsc: null, webpack: null, esbuild: null, rollup: null, vite: 'build', next: 'build', ng: 'build', nest: 'build', parcel: 'build', nuxt: 'build', 'react-scripts': 'build', turbo: null, nx: null, astro: 'build', remix: 'build',
};
const MAVEN_GOALS = new Set(['package', 'install', 'verify', 'compile', 'deploy']);
const GRADLE_TASK = /^(build|assemble|jar|bootJar|shadowJar|installDist|distTar|distZip|bootDistTar|war|bootWar|nativeCompile|buildFatJar|quarkusBuild)$/;
const C_COMPILERS = new Set(['gcc', 'g++', 'cc', 'c++', 'clang', 'clang++']);
function nodeScriptStep(cmd, ins) {
    const ops = operands(cmd, NPM_FLAGS_WITH_VALUE);
    const tool = cmd.base;
    let script = null;
    if (ops[0] === 'run' || ops[0] === 'run-script')
        script = ops[1] ?? null;
    else if ((tool === 'yarn' || tool === 'pnpm' || tool === 'bun') && ops[0] && BUILD_SCRIPT.test(ops[0]))
        script = ops[0];
    else if (tool === 'bun' && ops[0] === 'build')
        script = 'build';
    if (script === null || !BUILD_SCRIPT.test(script))
        return null;
    const label = ops[0] === 'run' || ops[0] === 'run-script' ? `${tool} run ${script}` : `${tool} ${script}`;
    return { instruction: ins, command: cmd, ecosystem: 'node', label, output: 'project' };
}
function bundlerStep(cmd, ins) {
    let tool = cmd;
    if (isCommand(cmd, 'npx', 'pnpx', 'bunx')) {
        const ops = operands(cmd, ['p', 'package']);
        if (!ops[0])
            return null;
        tool = { ...cmd, name: ops[0], base: ops[0], args: cmd.args.slice(cmd.args.findIndex((a) => a.value === ops[0]) + 1) };
    }
    const name = tool.base.replace(/^@[\w-]+\//, '');
    if (!(name in NODE_BUNDLERS))
        return null;
    const needs = NODE_BUNDLERS[name];
    if (needs !== null && subcommand(tool) !== needs)
        return null;
    const label = cmd === tool ? `${name}${needs ? ` ${needs}` : ''}` : `${cmd.base} ${name}${needs ? ` ${needs}` : ''}`;
    return { instruction: ins, command: cmd, ecosystem: 'node', label, output: 'project' };
}
/** One command's build step, if it compiles or bundles the project. */
function buildStepOf(raw, ins) {
    if (raw.substitution)
        return null;
    const cmd = unwrap(raw);
    const base = cmd.base;
    const step = (ecosystem, label, output = 'project') => ({ instruction: ins, command: cmd, ecosystem, label, output });
    // `pip wheel -r requirements.txt` compiles the dependencies; `pip wheel .` the project.
    const wheelOutput = () => (hasAnyFlag(cmd, ['r', 'requirement']) ? 'dependencies' : 'project');
    switch (base) {
        case 'npm':
        case 'yarn':
        case 'pnpm':
        case 'bun':
            return nodeScriptStep(cmd, ins);
        case 'go': {
            const sub = subcommand(cmd);
            if (sub === 'build')
                return step('go', 'go build');
            // `go install tool@v1` fetches someone else's tool; `go install ./cmd/app` builds the project.
            // `go install tool` installs the tools go.mod declares.
            const targets = operands(cmd).slice(1);
            if (sub === 'install' && !targets.some((o) => o.includes('@') || o === 'tool'))
                return step('go', 'go install');
            return null;
        }
        case 'cargo': {
            const sub = subcommand(cmd, ['target', 'p', 'package', 'j', 'jobs', 'bin', 'features', 'F', 'Z']);
            if (sub === 'build')
                return step('rust', 'cargo build');
            if (sub === 'install' && hasAnyFlag(cmd, ['path']))
                return step('rust', 'cargo install --path');
            return null;
        }
        case 'docker-php-ext-install':
        case 'pecl':
            // PHP extensions are C, compiled with phpize and the image's compiler.
            return base === 'pecl' && subcommand(cmd) !== 'install' ? null : step('php', base === 'pecl' ? 'pecl install' : 'docker-php-ext-install');
        case 'msbuild':
            return step('dotnet', 'msbuild');
        case 'rustc':
            return step('rust', 'rustc');
        case 'mvn':
        case 'mvnw': {
            const goal = operands(cmd, ['f', 'file', 's', 'settings', 'pl', 'projects', 'P', 'activate-profiles', 'T', 'threads', 'gs', 'global-settings']).find((o) => MAVEN_GOALS.has(o));
            return goal ? step('java', `${base} ${goal}`) : null;
        }
        case 'gradle':
        case 'gradlew': {
            const task = operands(cmd, ['p', 'project-dir', 'b', 'build-file', 'x', 'exclude-task', 'g', 'gradle-user-home']).find((o) => GRADLE_TASK.test(o.replace(/^:[\w:-]*:/, '')));
            return task ? step('java', `${base} ${task}`) : null;
        }
        case 'dotnet': {
            const sub = subcommand(cmd);
            return sub === 'publish' || sub === 'build' ? step('dotnet', `dotnet ${sub}`) : null;
        }
        case 'make':
        case 'gmake': {
            // Makefiles are task runners too (`make gen-proto`, `make test`): only a bare `make` or a target
            // that names a build counts.
            const targets = operands(cmd, ['C', 'f', 'j', 'l', 'o', 'W', 'I', 'directory', 'file', 'jobs']).filter((t) => !t.includes('='));
            if (targets.length > 0 && !targets.some((t) => /^(all|build|release|binary|binaries|bin|compile|dist|static|default|install)$/.test(t)))
                return null;
            return step('c', 'make');
        }
        case 'cmake':
            return hasAnyFlag(cmd, ['build']) ? step('c', 'cmake --build') : null;
        case 'ninja':
            return step('c', 'ninja');
        case 'python':
        case 'python3': {
            const args = cmd.args.map((a) => a.value);
            if (args[0] === '-m' && args[1] === 'build')
                return step('python', 'python -m build');
            if (args[0] === '-m' && args[1] === 'pip' && args[2] === 'wheel')
                return step('python', 'pip wheel', wheelOutput());
            if (args[0] === 'setup.py' && args.slice(1).some((a) => /^(build|build_ext|bdist_wheel|bdist_egg)$/.test(a)))
                return step('python', 'setup.py build');
            return null;
        }
        case 'pip':
        case 'pip3':
            return subcommand(cmd) === 'wheel' ? step('python', 'pip wheel', wheelOutput()) : null;
        default:
            if (C_COMPILERS.has(base) || /^(gcc|g\+\+|clang|clang\+\+)-\d+$/.test(base)) {
                // `gcc --version` and `cc -v` probe; compiling names a source or an output.
                const ops = operands(cmd, ['o', 'I', 'L', 'l', 'D', 'x', 'MF', 'include']);
                return ops.length > 0 || flagValues(cmd, 'o').length > 0 ? step('c', base) : null;
            }
            return bundlerStep(cmd, ins);
    }
}
/** Every build step a RUN runs, in order. */
const buildSteps = memoized((ins) => {
    if (ins.keyword !== 'RUN')
        return [];
    const out = [];
    for (const cmd of runCommands(ins)) {
        const step = buildStepOf(cmd, ins);
        if (step)
            out.push(step);
    }
    return out;
});
const FETCHERS = new Set(['curl', 'wget', 'git', 'svn', 'hg', 'fetch', 'aria2c']);
/** Whether a RUN fetches something from the network (upstream sources, a release tarball). */
const downloads = memoized((ins) => runCommands(ins).some((c) => {
    const cmd = unwrap(c);
    if (cmd.base === 'git')
        return ['clone', 'fetch', 'pull'].includes(subcommand(cmd, ['C', 'c']) ?? '');
    if (cmd.base === 'go' && subcommand(cmd) === 'get')
        return false;
    return FETCHERS.has(cmd.base);
}));
/**
 * The first build step that runs after the project's files were copied in from the context, in a RUN
 * that neither fetches what it builds nor removes the toolchain again (the pre-multi-stage idiom).
 */
function projectBuildStep(chain) {
    let projectCopied = false;
    for (const stage of chain) {
        for (const ins of stage.instructions) {
            const spec = copySpec(stage, ins);
            if (spec && copiesProjectFiles(spec))
                projectCopied = true;
            if (!projectCopied || ins.keyword !== 'RUN')
                continue;
            const steps = buildSteps(ins);
            // Downloaded code built here (`curl … | tar x && make`) is compiled in the image as much as the
            // project is; a RUN that removes its build packages again is the single-layer idiom.
            if (steps.length > 0 && packageRemovals(ins).size === 0)
                return steps[0];
        }
    }
    return null;
}
/**
 * Whether the app itself is compiled — in the chain or in a stage the chain copies from — so that its
 * sources are not what runs. Compiling only the dependencies' wheels leaves a Python app's sources the app.
 */
function projectCompiled(df, chain) {
    const compiles = (c) => projectBuildStep(c)?.output === 'project';
    return compiles(chain) || sourceStages(df, chain).some((s) => compiles(chainOf(df, s)));
}
/**
 * Whether the chain builds in the image it ships: a build step after a COPY of the project's files
 * from the context (the project, or downloaded code built beside it), or one anywhere in an app chain
 * that installs a compiler and keeps it — or, failing that, a compiler kept in the image for a
 * dependency install of the project's manifest. Images that download and build upstream software
 * (the official toolchain images) copy no project files, so they never count.
 */
function chainBuild(chain) {
    const step = projectBuildStep(chain);
    if (step)
        return { step, toolchain: null, toolchains: [], dependencyInstall: null };
    const compilerKept = keptToolchain(chain).find((k) => k.packages.some((p) => !/-(dev|devel)$/.test(p)));
    if (compilerKept && projectCopies(chain).length > 0) {
        const later = instructionsOf(chain).filter((i) => i.line >= compilerKept.install.instruction.line && packageRemovals(i).size === 0);
        const built = later.flatMap((i) => buildSteps(i))[0];
        if (built)
            return { step: built, toolchain: null, toolchains: [], dependencyInstall: null };
    }
    // A compiler kept for dependency installs is this rule's concern only while nothing else is split
    // off; once the chain copies from a build stage, toolchain-in-final-stage speaks about it.
    if (takesFromOtherStages(chain))
        return null;
    const kept = keptToolchain(chain);
    if (kept.length === 0)
        return null;
    const instructions = instructionsOf(chain);
    let copied = false;
    for (const ins of instructions) {
        const stage = chain.find((s) => s.index === ins.stage);
        const spec = copySpec(stage, ins);
        if (spec && copiesProjectFiles(spec))
            copied = true;
        if (copied && dependencyInstall(ins)) {
            const before = kept.filter((k) => k.install.instruction.line <= ins.line);
            if (before.length > 0)
                return { step: null, toolchain: before[0], toolchains: before, dependencyInstall: ins };
        }
    }
    return null;
}
/** Whether a command needs the SDK of an ecosystem, not just its runtime (`go run`, `mvn`, `dotnet build`). */
function needsSdk(cmd, ecosystem) {
    const c = unwrap(cmd);
    switch (ecosystem) {
        case 'go':
            return c.base === 'go' && subcommand(c) !== 'version' && subcommand(c) !== 'env';
        case 'rust':
            return isCommand(c, 'cargo', 'rustc', 'rustup');
        case 'java':
            return isCommand(c, 'mvn', 'mvnw', 'gradle', 'gradlew', 'javac', 'jlink', 'jpackage', 'jar', 'sbt', 'lein', 'clojure', 'clj');
        case 'dotnet': {
            if (c.base !== 'dotnet')
                return false;
            const sub = subcommand(c);
            // `dotnet app.dll` runs an app; every other subcommand (build, publish, tool, ef) is the SDK.
            return sub !== null && !/\.(dll|exe)$/i.test(sub) && sub !== '--info' && sub !== '--version';
        }
        case 'c':
            return C_COMPILERS.has(c.base) || isCommand(c, 'make', 'gmake', 'cmake', 'ninja', 'configure');
        default:
            return false;
    }
}
/** Commands a RUN executes, none of them inside `$( )`. */
function runCommandsOf(ins) {
    return ins.keyword === 'RUN' ? runCommands(ins).filter((c) => !c.substitution) : [];
}

;// CONCATENATED MODULE: ./src/lint/image/dev-dependencies.ts




const PROD_FLAG = { npm: '--omit=dev', yarn: '--production', pnpm: '--prod', bun: '--production' };
/**
 * What takes the devDependencies out of an existing node_modules. `bun install --production` keeps what an
 * earlier install put there (oven-sh/bun#11091), so bun starts over.
 */
const PRUNE = {
    npm: 'npm prune --omit=dev',
    yarn: 'yarn install --production',
    pnpm: 'pnpm prune --prod',
    bun: 'rm -rf node_modules && bun install --production',
};
const FLAGS_WITH_VALUE = ['prefix', 'C', 'w', 'workspace', 'filter', 'F', 'dir', 'cwd', 'omit', 'only', 'include', 'registry', 'cache'];
function truthy(value) {
    return value !== undefined && !/^(|0|false|no|off)$/i.test(value.trim());
}
/** The value of `name` a command sees: set on the command, by an ARG (`$NAME` when it has no value) or by ENV. */
function envValue(ins, cmd, name) {
    const own = cmd.assignments.find((a) => a.name === name);
    if (own)
        return own.value;
    const arg = ins.scope.args.get(name);
    if (arg !== undefined)
        return arg ?? '$' + name;
    return ins.scope.env.get(name) ?? undefined;
}
/** The build context's `package.json` when the image takes it from there and Stagecraft could read it. */
function contextPackageJson(ctx, chain) {
    return ctx.packageJson && copiesContextPackageJson(chain) ? ctx.packageJson : null;
}
function overlaps(a, b) {
    return isWithin(a, b) || isWithin(b, a);
}
/**
 * Whether the environment makes a plain install skip devDependencies: `NODE_ENV=production` (npm,
 * yarn 1, pnpm), `NPM_CONFIG_PRODUCTION`, `NPM_CONFIG_OMIT=dev`. Null when a variable is set from a
 * build argument we cannot see, so the answer is unknown.
 */
function environmentOmitsDev(ins, cmd) {
    const values = ['NODE_ENV', 'NPM_CONFIG_PRODUCTION', 'npm_config_production', 'NPM_CONFIG_OMIT', 'npm_config_omit'].map((n) => [n, envValue(ins, cmd, n)]);
    if (values.some(([, v]) => v !== undefined && v.includes('$')))
        return null;
    const get = (n) => values.find(([k]) => k === n)?.[1];
    return (get('NODE_ENV') === 'production' ||
        truthy(get('NPM_CONFIG_PRODUCTION') ?? get('npm_config_production')) ||
        /\bdev\b/.test(get('NPM_CONFIG_OMIT') ?? get('npm_config_omit') ?? ''));
}
/** Reads one command: a project install with devDependencies, a step that leaves node_modules without them, or nothing. */
function nodeEvent(raw, ins, dir) {
    const cmd = unwrap(raw);
    const tool = cmd.base;
    if (!['npm', 'yarn', 'pnpm', 'bun'].includes(tool))
        return null;
    if (hasAnyFlag(cmd, ['g', 'global']))
        return null;
    const ops = operands(cmd, FLAGS_WITH_VALUE);
    const sub = ops[0] ?? null;
    const explicitProd = (hasAnyFlag(cmd, ['production']) && !flagValues(cmd, 'production').includes('false')) ||
        flagValues(cmd, 'omit').includes('dev') ||
        flagValues(cmd, 'only').some((v) => /^prod/.test(v)) ||
        (tool === 'pnpm' && hasAnyFlag(cmd, ['prod', 'P'])) ||
        (tool === 'yarn' && hasAnyFlag(cmd, ['prod'])) ||
        (tool === 'bun' && hasAnyFlag(cmd, ['p']));
    // `--production=false` and `--include=dev` ask for devDependencies whatever NODE_ENV says.
    const explicitDev = flagValues(cmd, 'production').includes('false') || flagValues(cmd, 'include').includes('dev');
    const env = environmentOmitsDev(ins, cmd);
    if (sub === 'prune') {
        // A plain `npm prune` only removes extraneous packages: devDependencies go with `--omit=dev` or NODE_ENV=production.
        const removesDev = !explicitDev && (explicitProd || (tool === 'npm' && env !== false));
        return removesDev && (tool === 'npm' || tool === 'pnpm') ? { kind: 'clear', instruction: ins, dir } : null;
    }
    if (tool === 'yarn' && sub === 'workspaces' && ops[1] === 'focus' && explicitProd)
        return { kind: 'clear', instruction: ins, dir };
    if (tool === 'pnpm' && sub === 'deploy')
        return null;
    const installs = tool === 'npm' ? ['install', 'i', 'ci', 'clean-install', 'install-clean'] : ['install', 'i'];
    const isInstall = (sub === null && tool === 'yarn') || (sub !== null && installs.includes(sub) && (sub === 'ci' || sub === 'clean-install' || sub === 'install-clean' || ops.length === 1));
    if (!isInstall)
        return null;
    if (!explicitDev && (explicitProd || env === true)) {
        // A production install brings no devDependencies; npm, yarn and pnpm also remove those an earlier install
        // put there, bun keeps them (oven-sh/bun#11091).
        return tool === 'bun' ? null : { kind: 'clear', instruction: ins, dir };
    }
    if (!explicitDev && env === null)
        return null;
    return { kind: 'dev-install', tool, label: [tool, sub].filter(Boolean).join(' '), instruction: ins, dir };
}
/** `rm -rf node_modules` clears what was installed before. */
function removesNodeModules(cmd) {
    const c = unwrap(cmd);
    return c.base === 'rm' && operands(c).some((o) => /(^|\/)node_modules\/?$/.test(o));
}
/** The directory a command runs in: the WORKDIR, moved by a `cd` earlier in the same RUN. */
function nodeEventsOf(stage, ins) {
    const out = [];
    let dir = workdirAt(stage, ins);
    for (const cmd of runCommandsOf(ins)) {
        const c = unwrap(cmd);
        if (c.base === 'cd' && cmd.depth === 0) {
            const target = operands(c)[0];
            dir = target && !target.includes('$') ? resolvePath(dir, target) : null;
            continue;
        }
        if (removesNodeModules(cmd)) {
            out.push({ kind: 'clear', instruction: ins, dir });
            continue;
        }
        const prefix = flagValues(c, 'prefix')[0] ?? flagValues(c, 'C')[0] ?? flagValues(c, 'cwd')[0];
        const event = nodeEvent(cmd, ins, prefix && !prefix.includes('$') ? resolvePath(dir, prefix) : dir);
        if (event)
            out.push(event);
    }
    return out;
}
function sameDir(a, b) {
    return a === null || b === null || a === b;
}
/**
 * The node_modules with devDependencies a chain holds: installed in it after the project's manifest was
 * copied in, or copied into it from a stage that holds them; those pruned, reinstalled for production or
 * deleted afterwards are gone from its end (and, when that happened in a later instruction, in
 * `removedLater`).
 */
function nodeDevModules(df, chain, seen = new Set(chain.map((s) => s.index))) {
    let live = [];
    const removedLater = [];
    let projectCopied = false;
    for (const stage of chain) {
        for (const ins of stage.instructions) {
            const spec = copySpec(stage, ins);
            if (spec && copiesProjectFiles(spec))
                projectCopied = true;
            if (spec && spec.from?.kind === 'stage') {
                const source = df.stages[spec.from.stage];
                if (source && !seen.has(source.index)) {
                    const inner = nodeDevModules(df, chainOf(df, source), new Set([...seen, source.index])).live;
                    const copied = inner.filter((m) => spec.sources.some((src) => coversModules(src, m.dir)));
                    if (copied.length > 0) {
                        const dest = resolvePath(workdirAt(stage, ins), spec.dest);
                        const dir = dest === null ? null : /\/node_modules$/.test(dest) ? dest.replace(/\/node_modules$/, '') || '/' : dest;
                        live.push({ ...copied[0], instruction: ins, dir, via: source });
                    }
                }
            }
            for (const event of nodeEventsOf(stage, ins)) {
                if (event.kind === 'clear') {
                    for (const m of live)
                        if (sameDir(m.dir, event.dir) && m.instruction !== event.instruction)
                            removedLater.push({ installed: m, removedBy: event.instruction });
                    live = live.filter((m) => !sameDir(m.dir, event.dir));
                }
                else if (projectCopied) {
                    live.push({ tool: event.tool, label: event.label, instruction: event.instruction, dir: event.dir, via: null });
                }
            }
        }
    }
    return { live, removedLater };
}
/** Whether copying `source` (an absolute path in the source stage) brings along `<dir>/node_modules`. */
function coversModules(source, dir) {
    const src = resolvePath('/', source);
    if (src === null)
        return false;
    if (dir === null)
        return /(^|\/)node_modules$/.test(src);
    return isWithin(`${dir === '/' ? '' : dir}/node_modules`, src);
}
/** The install that first put devDependencies into a stage's node_modules (following copies back). */
function devModulesOrigin(df, stage) {
    let modules = nodeDevModules(df, chainOf(df, stage), new Set([stage.index])).live[0] ?? null;
    for (let guard = 0; modules?.via && guard < 10; guard++) {
        const next = nodeDevModules(df, chainOf(df, modules.via), new Set([modules.via.index])).live[0];
        if (!next)
            break;
        modules = next;
    }
    return modules;
}
/**
 * Where an install's dependencies land: composer's `vendor/`, Bundler's `BUNDLE_PATH` (the ruby images'
 * `/usr/local/bundle`) or `vendor/bundle`, and a Python virtualenv (in the project, `$VIRTUAL_ENV`, or the
 * system site-packages).
 */
function installOutputs(ins, cmd, dir, tool) {
    const inDir = (path) => (dir === null ? [] : [resolvePath(dir, path)].filter((p) => p !== null));
    const known = (value) => (value !== undefined && value.startsWith('/') && !value.includes('$') ? [value] : []);
    if (tool === 'composer')
        return inDir('vendor');
    if (tool === 'bundle')
        return [...known(envValue(ins, cmd, 'BUNDLE_PATH')), ...known(envValue(ins, cmd, 'GEM_HOME')), '/usr/local/bundle', ...inDir('vendor/bundle')];
    return [...known(envValue(ins, cmd, 'VIRTUAL_ENV')), ...inDir('.venv'), '/usr/local/lib', '/root/.local'];
}
const OTHER_FLAGS_WITH_VALUE = ['only', 'without', 'with', 'd', 'working-dir', 'C', 'directory', 'P', 'project', 'path', 'gemfile', 'jobs', 'j'];
/** Whether a poetry command selects the main group only (`--only main`, `--without dev`). */
function poetryMainOnly(cmd) {
    return /\bmain\b/.test(flagValues(cmd, 'only').join(',')) || /\bdev\b/.test(flagValues(cmd, 'without').join(',')) || hasAnyFlag(cmd, ['no-dev']);
}
/**
 * One command of the other ecosystems. Installs of the development dependencies: `composer install`
 * without `--no-dev`, `pipenv install --dev`, `poetry install`/`sync` without `--only main` /
 * `--without dev`, `bundle install` without `BUNDLE_WITHOUT`. Removals: `composer install`/`update`
 * with `--no-dev` (composer uninstalls require-dev packages already in `vendor/`), `poetry sync` or
 * `poetry install --sync` of the main group only, `rm -rf vendor`. Not removals: `poetry install --only
 * main` without `--sync` (poetry 1.2+ keeps what is installed), `pipenv install`/`sync`/`clean` (clean
 * keeps the lock file's dev packages too), and Bundler's `without` settings (they skip groups, they do
 * not uninstall them).
 */
function otherEvent(cmd, ins, dir, before) {
    const ops = operands(cmd, OTHER_FLAGS_WITH_VALUE);
    const install = (tool, label, fix, prune, at) => before.projectCopied ? { kind: 'dev-install', install: { tool, instruction: ins, label, fix, prune, outputs: nonEmpty(installOutputs(ins, cmd, at, tool)), via: null, origin: null } } : null;
    if (cmd.base === 'rm') {
        const vendors = operands(cmd).filter((o) => /(^|\/)vendor\/?$/.test(o) && !o.includes('$') && !/(^|\/)vendor\/bundle\/?$/.test(o));
        return vendors.length > 0 ? { kind: 'clear', tool: 'composer', outputs: nonEmpty(vendors.map((v) => resolvePath(dir, v)).filter((p) => p !== null)) } : null;
    }
    if (cmd.base === 'composer' && ['install', 'i', 'update', 'u', 'upgrade'].includes(ops[0] ?? '')) {
        const workingDir = flagValues(cmd, 'working-dir')[0] ?? flagValues(cmd, 'd')[0];
        const at = workingDir === undefined ? dir : workingDir.includes('$') ? null : resolvePath(dir, workingDir);
        if (hasAnyFlag(cmd, ['no-dev']) || truthy(envValue(ins, cmd, 'COMPOSER_NO_DEV')))
            return { kind: 'clear', tool: 'composer', outputs: nonEmpty(installOutputs(ins, cmd, at, 'composer')) };
        if (ops[0] === 'install' || ops[0] === 'i')
            return install('composer', 'composer install', 'add `--no-dev` (and `--optimize-autoloader`)', 'composer install --no-dev', at);
        return null;
    }
    if (cmd.base === 'pipenv' && ops[0] === 'install' && hasAnyFlag(cmd, ['dev', 'd'])) {
        return install('python', 'pipenv install --dev', 'drop `--dev` (`pipenv install --deploy`)', null, dir);
    }
    if (cmd.base === 'poetry' && (ops[0] === 'install' || ops[0] === 'sync')) {
        const syncs = ops[0] === 'sync' || hasAnyFlag(cmd, ['sync']);
        if (poetryMainOnly(cmd))
            return syncs ? { kind: 'clear', tool: 'python', outputs: nonEmpty(installOutputs(ins, cmd, dir, 'python')) } : null;
        return install('python', `poetry ${ops[0]}`, 'add `--only main` (or `--without dev`)', 'poetry sync --only main', dir);
    }
    if (cmd.base === 'bundle' && (ops[0] === undefined || ops[0] === 'install')) {
        if (before.bundleWithout || envValue(ins, cmd, 'BUNDLE_WITHOUT') !== undefined || hasAnyFlag(cmd, ['without']))
            return null;
        return install('bundle', 'bundle install', 'set `ENV BUNDLE_WITHOUT="development:test"` before it (or `bundle config set --local without "development test"`)', null, dir);
    }
    return null;
}
/** `bundle config set --local without "development test"`: later `bundle install`s skip those groups. */
function setsBundleWithout(cmd) {
    const ops = operands(cmd, OTHER_FLAGS_WITH_VALUE);
    return cmd.base === 'bundle' && ops[0] === 'config' && ops.includes('without');
}
function nonEmpty(paths) {
    return paths.length > 0 ? paths : null;
}
/** Whether a removal reaches what an install or copy put in place (unknown places match). */
function reaches(removal, installed) {
    return removal === null || installed === null || removal.some((r) => installed.some((i) => overlaps(r, i)));
}
/**
 * The other ecosystems' development dependencies a chain holds: installed in it after the project's
 * manifest was copied in, or copied into it (`COPY --from=vendor /app/vendor ./vendor`, Bundler's
 * `/usr/local/bundle`, a virtualenv, or a folder holding one) from a stage that holds them; those removed
 * afterwards are gone from its end (and, when removed by a later instruction, in `removedLater`).
 */
function otherDevInstalls(df, chain, seen = new Set(chain.map((s) => s.index))) {
    let live = [];
    const removedLater = [];
    const state = { bundleWithout: false, projectCopied: false };
    for (const stage of chain) {
        for (const ins of stage.instructions) {
            const spec = copySpec(stage, ins);
            if (spec && copiesProjectFiles(spec))
                state.projectCopied = true;
            if (spec?.from?.kind === 'stage' && !seen.has(spec.from.stage)) {
                const source = df.stages[spec.from.stage];
                // `COPY --from` sources are paths from the root of the source stage.
                const sources = spec.sources.map((s) => resolvePath('/', s)).filter((s) => s !== null && s !== '/');
                const carried = source
                    ? otherDevInstalls(df, chainOf(df, source), new Set([...seen, source.index])).live.find((i) => i.outputs?.some((out) => sources.some((src) => overlaps(out, src))))
                    : undefined;
                if (source && carried) {
                    const dest = resolvePath(workdirAt(stage, ins), spec.dest);
                    live.push({ ...carried, instruction: ins, outputs: dest === null ? null : [dest], via: source, origin: carried.origin ?? carried });
                }
            }
            const dir = workdirAt(stage, ins);
            for (const raw of runCommandsOf(ins)) {
                const cmd = unwrap(raw);
                if (setsBundleWithout(cmd))
                    state.bundleWithout = true;
                const event = otherEvent(cmd, ins, dir, state);
                if (!event)
                    continue;
                if (event.kind === 'dev-install') {
                    live.push(event.install);
                    continue;
                }
                const removed = (i) => i.tool === event.tool && reaches(event.outputs, i.outputs);
                for (const i of live)
                    if (removed(i) && i.instruction !== ins)
                        removedLater.push({ installed: i, removedBy: ins });
                live = live.filter((i) => !removed(i));
            }
        }
    }
    return { live, removedLater };
}

;// CONCATENATED MODULE: ./src/lint/image/development.ts

/** Folders that hold tests and their fixtures: what is in them is made up for the tests. */
const TEST_FOLDERS = ['test', 'tests', '__tests__', 'e2e', 'integration', 'testdata', 'testfiles', 'fixtures', '__fixtures__'];
/**
 * Folders for development, CI and docs tooling: the file-name words below, as folders, except `build`
 * (`build/package/Dockerfile` is where Go's project layout keeps the production image).
 */
const TOOLING_FOLDERS = ['.devcontainer', '.github', 'hack', 'ci', 'dev', 'tools', 'docs'];
const folderPattern = (names, end) => new RegExp(`(^|/)(${names.map((n) => n.replace(/[.]/g, '\\.')).join('|')})${end}`, 'i');
const TEST_PATH = folderPattern(TEST_FOLDERS, '(/|$)');
const DEVELOPMENT_FOLDER = folderPattern([...TEST_FOLDERS, ...TOOLING_FOLDERS], '/');
const DEVELOPMENT_FILE = /(^|[.\-_])(build|builder|dev|devel|develop|development|test|tests|ci|lint|debug|tools?|docs)([.\-_]|$)/i;
const DEVELOPMENT_NAME = /(^|[-_.])(dev|devel|develop|development|devenv|dev-envs?|devcontainer|debug|test|tests|testing|ci|lint|local|tools?|shell)([-_.]|$)/i;
/** A path (a COPY source, relative to the context) in or of a test or fixture folder: `tests/fixtures/server.key`. */
function isTestFixturePath(path) {
    return TEST_PATH.test(path.replace(/^(\.\/)+/, ''));
}
/**
 * Whether the target is a development, test or tooling image by its name (`dev`, `dev-envs`, `test`,
 * `ci`, `debug`): those images carry toolchains and sources on purpose and are not what goes to
 * production.
 */
function isDevelopmentTarget(stage) {
    return stage.name !== null && DEVELOPMENT_NAME.test(stage.name);
}
/**
 * A Dockerfile kept in a test, fixture, CI or dev-container folder, or named for a build, dev, test or
 * docs image (`Dockerfile.build`, `Dockerfile.dev`, `test.Dockerfile`), describes a harness, not a product.
 */
const isDevelopmentDockerfile = memoized((df) => {
    const name = df.path.slice(df.path.lastIndexOf('/') + 1).replace(/(^|[.\-_])(dockerfile|containerfile)([.\-_]|$)/i, '$1$3');
    return DEVELOPMENT_FOLDER.test(df.path) || DEVELOPMENT_FILE.test(name);
});
/**
 * The policy every rule about the production image applies: a target named as a dev, test or tooling
 * image, or a Dockerfile that lives with the tests or the tooling (or is named for them), builds a
 * harness, not what goes to production.
 */
function isDevelopmentImage(df, target) {
    return (target != null && isDevelopmentTarget(target)) || isDevelopmentDockerfile(df);
}

;// CONCATENATED MODULE: ./src/lint/image/gate.ts
/**
 * The app gate: whether the image a target builds is a production app (what the rules about what an
 * image ships judge), or a toolchain, test harness, dev environment or the language image itself.
 */






const gate_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'fish', 'ksh', 'pwsh', 'powershell', 'cmd']);
/** Start commands that run a build: the image is a toolchain, not an app (unless they run the app: `go run`). */
const BUILD_TOOLS = new Set(['mvn', 'mvnw', 'gradle', 'gradlew', 'go', 'cargo', 'rustc', 'make', 'gcc', 'cc', 'javac', 'sbt', 'lein', 'bazel', 'bazelisk']);
/** Test runners: an image that starts one is a test harness. */
const TEST_RUNNERS = new Set([
    'pytest', 'py.test', 'tox', 'nox', 'jest', 'mocha', 'vitest', 'playwright', 'cypress', 'rspec', 'cucumber', 'behave', 'robot',
    'phpunit', 'pest', 'karma', 'ava', 'tap', 'jasmine', 'nyc', 'c8', 'unittest', 'nose2', 'nosetests',
]);
/** Interpreters started without a script are a REPL: the language image itself, not an app. */
const REPLS = new Set(['python', 'python2', 'python3', 'pypy', 'pypy3', 'node', 'ruby', 'irb', 'jshell', 'clj', 'clojure', 'php', 'ghci', 'iex', 'erl', 'julia', 'R', 'swift']);
/** ENTRYPOINTs that only wrap the CMD (init shims, `docker-entrypoint.sh`): the CMD says what runs. */
const WRAPPER = /(^|\/)(tini|tini-static|dumb-init|catatonit|[\w.-]*entrypoint[\w.-]*)$/i;
/**
 * Commands that start another command as another user, with how many words name that user: `gosu app
 * cmd`, `su-exec app cmd`, `s6-setuidgid app cmd`; `setpriv`, `runuser` and `chroot` take flags.
 */
const PRIVILEGE_DROPS = { gosu: 1, 'su-exec': 1, 's6-setuidgid': 1, setpriv: 0, runuser: 0, chroot: 0 };
/** Commands that run the next words as a command: `bundle exec rspec`, `npx jest`, `poetry run pytest`. */
const RUNNERS = { bundle: 'exec', npx: null, pnpx: null, bunx: null, poetry: 'run', pipenv: 'run', uv: 'run', pdm: 'run', hatch: 'run', rye: 'run', exec: null, env: null };
/** `go run`, `cargo run`, `dotnet run`, `mvn spring-boot:run`, `gradle bootRun`: the build tool starts the app. */
const RUNS_THROUGH_BUILD_TOOL = /^(run|watch|spring-boot:run|bootRun|quarkus:dev|quarkusDev|jetty:run|tomcat7?:run|exec:java)$/;
function commandWords(ins) {
    return ins.execForm ?? parseWords(ins.args).map((w) => unquote(w));
}
function baseName(word) {
    return word.slice(Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\')) + 1).replace(/\.exe$/i, '');
}
function startCommandOf(chain) {
    const instructions = instructionsOf(chain);
    const entrypoint = instructions.filter((i) => i.keyword === 'ENTRYPOINT').pop() ?? null;
    const cmd = instructions.filter((i) => i.keyword === 'CMD').pop() ?? null;
    const entryWords = entrypoint ? commandWords(entrypoint) : [];
    const cmdWords = cmd && !(entrypoint && !entrypoint.execForm && entryWords.length > 0) ? commandWords(cmd) : [];
    return { words: [...entryWords, ...cmdWords], entrypoint, cmd };
}
/**
 * The program a start command runs once wrappers have handed over: init shims, entrypoint scripts,
 * privilege drops (`gosu app`), `exec`, and `sh -c "migrate && exec app"` (the last command runs).
 */
function programWords(words) {
    let rest = [...words];
    for (let guard = 0; guard < 8 && rest.length > 0; guard++) {
        const base = baseName(rest[0]);
        if (gate_SHELLS.has(base.toLowerCase()) && rest[1] === '-c' && rest[2] !== undefined) {
            const commands = parseShell(rest[2]).commands.filter((c) => !c.substitution && c.depth === 0);
            const last = commands[commands.length - 1];
            rest = last ? [last.name, ...last.args.map((a) => a.value), ...rest.slice(3)] : [];
            continue;
        }
        if (WRAPPER.test(rest[0])) {
            // `tini -s -- cmd`, `docker-entrypoint.sh cmd`.
            rest = rest.slice(1);
            while (rest[0]?.startsWith('-')) {
                const flag = rest[0];
                rest = rest.slice(1);
                if (flag === '--')
                    break;
            }
            continue;
        }
        if (base in PRIVILEGE_DROPS) {
            rest = rest.slice(1);
            // Flags (`--reuid=1000`, `-u app`, `--userspec=app:app`), then the user words, then `chroot`'s new root.
            while (rest[0]?.startsWith('-')) {
                const flag = rest[0];
                rest = rest.slice(1);
                if (flag === '--')
                    break;
                if (!flag.includes('=') && /^-(u|g|-userspec|-reuid|-regid|-groups|-user|-group)$/.test(flag))
                    rest = rest.slice(1);
            }
            rest = rest.slice(PRIVILEGE_DROPS[base] + (base === 'chroot' ? 1 : 0));
            continue;
        }
        if (base === 'exec' || base === 'env') {
            rest = rest.slice(1);
            while (rest[0] !== undefined && (/^[A-Za-z_]\w*=/.test(rest[0]) || rest[0].startsWith('-')))
                rest = rest.slice(1);
            continue;
        }
        break;
    }
    return rest;
}
const PRIVILEGE_DROP_TOOL = /(^|[\s/"'=])(gosu|su-exec|setpriv|runuser|s6-setuidgid)(\s|$|["'])|\bchroot\s+--userspec\b/;
const SCRIPT = /(^|\/)([\w.-]*entrypoint[\w.-]*|[\w.-]+\.sh)$/i;
/**
 * Whether the container starts as root only to drop to another user: the start command runs `gosu`,
 * `su-exec`, `setpriv`, `runuser`, `s6-setuidgid` or `chroot --userspec`, or starts a script in an
 * image that installs one of them (the docker-library entrypoint idiom: fix ownership, then `exec gosu`).
 */
function dropsPrivilegesAtStart(chain) {
    const start = startCommandOf(chain);
    if (start.words.length === 0)
        return false;
    if (start.words.some((w, i) => PRIVILEGE_DROP_TOOL.test(w) || (w === 'chroot' && start.words[i + 1]?.startsWith('--userspec'))))
        return true;
    if (!start.words.some((w) => SCRIPT.test(w)))
        return false;
    return instructionsOf(chain).some((i) => (i.keyword === 'RUN' || i.keyword === 'COPY' || i.keyword === 'ADD') && PRIVILEGE_DROP_TOOL.test(i.args));
}
/** `npx jest`, `bundle exec rspec`, `python -m pytest`: the command a runner starts, else the words themselves. */
function runnerTarget(words) {
    let rest = [...words];
    for (let guard = 0; guard < 4 && rest.length > 0; guard++) {
        const base = baseName(rest[0]);
        if (base in RUNNERS) {
            const sub = RUNNERS[base];
            if (sub !== null && rest[1] !== sub)
                break;
            rest = rest.slice(sub === null ? 1 : 2);
            while (rest[0]?.startsWith('-'))
                rest = rest.slice(1);
            continue;
        }
        if (/^python[\d.]*$/.test(base) && rest[1] === '-m' && rest[2]) {
            rest = rest.slice(2);
            continue;
        }
        break;
    }
    return rest;
}
/** `npm test`, `yarn test:e2e`, `go test`, `dotnet test`, `rails test`, `php artisan test`, or a test runner behind a wrapper. */
function runsTests(words) {
    const target = runnerTarget(words);
    const [name, ...rest] = target;
    if (!name)
        return false;
    const base = baseName(name);
    if (TEST_RUNNERS.has(base))
        return true;
    const first = rest.find((w) => !w.startsWith('-'));
    if (['npm', 'yarn', 'pnpm', 'bun'].includes(base)) {
        const script = first === 'run' || first === 'run-script' ? rest[rest.indexOf(first) + 1] : first;
        return script !== undefined && /^(test|e2e|integration)([:-][\w:-]*)?$/.test(script);
    }
    if (['go', 'cargo', 'dotnet', 'mvn', 'mvnw', 'gradle', 'gradlew', 'rails', 'rake', 'mix'].includes(base) || (base === 'php' && rest[0] === 'artisan')) {
        const sub = base === 'php' ? rest[1] : first;
        return sub !== undefined && /^(test|spec|check|verify)(:[\w:-]+)?$/.test(sub);
    }
    return false;
}
/** Whether a start command starts the app through its build tool (`go run`, `mvn spring-boot:run`): the image compiles on every start. */
function runsThroughBuildTool(words) {
    const [name, ...rest] = runnerTarget(programWords(words));
    if (!name || !(BUILD_TOOLS.has(baseName(name)) || baseName(name) === 'dotnet'))
        return false;
    return rest.some((w) => RUNS_THROUGH_BUILD_TOOL.test(w.replace(/^:[\w:-]*:/, '')));
}
/** `CMD ["/bin/bash"]`, `ENTRYPOINT ["pytest"]`, `CMD ["mvn"]`, `CMD ["python3"]`, `bundle exec rspec`: not an app. */
function startsNonApp(words) {
    const [name, ...rest] = words;
    if (!name)
        return false;
    const base = baseName(name);
    if (runsTests(words))
        return true;
    if (BUILD_TOOLS.has(base))
        return !runsThroughBuildTool(words);
    if (REPLS.has(base) && rest.length === 0)
        return true;
    return gate_SHELLS.has(base.toLowerCase()) && rest.every((w) => /^-[a-z]$/i.test(w) && w !== '-c');
}
/** Language runtime images: a stage on one that copies the project and installs its dependencies runs it. */
const LANGUAGE_RUNTIME = /^(node|python|pypy|ruby|jruby|php|openjdk|eclipse-temurin|amazoncorretto|ibm-semeru-runtimes|sapmachine|golang|rust|elixir|erlang|perl|deno|bun|julia|r-base|swift|clojure|groovy|tomcat|jetty|aspnet|runtime|sdk)$/;
function onLanguageRuntime(chain) {
    const base = chain[0]?.base;
    if (base?.kind !== 'image' || !base.image)
        return false;
    const image = base.image;
    if (image.familiar.startsWith('mcr.microsoft.com/') && !image.familiar.startsWith('mcr.microsoft.com/dotnet/'))
        return false;
    return LANGUAGE_RUNTIME.test(image.basename);
}
/**
 * A chain that copies the project's sources in (not only its manifests: a code-generation or tool
 * image copies `package.json` alone) and installs its dependencies.
 */
function installsProjectDependencies(chain) {
    let manifest = false;
    let sources = false;
    let installed = false;
    for (const stage of chain) {
        for (const ins of stage.instructions) {
            const spec = copySpec(stage, ins);
            if (spec && copiesProjectFiles(spec))
                manifest = true;
            if (spec && copiesProjectSources(spec))
                sources = true;
            if (manifest && dependencyInstall(ins))
                installed = true;
        }
    }
    return sources && installed;
}
/**
 * Whether the chain says how to start an app: the program ENTRYPOINT and CMD start together (after
 * init shims, entrypoint scripts and privilege drops) is something other than a shell, a REPL, a test
 * runner or a build tool — build environments, CI images, dev containers and the language images
 * themselves leave the program to whoever runs them, and carrying a toolchain is their job. With no
 * start command at all (compose or a Procfile supplies it), a stage on a language runtime that copies
 * the project and installs its dependencies is an app.
 */
function startsAnApp(chain) {
    const start = startCommandOf(chain);
    if (start.words.length === 0)
        return start.entrypoint === null && start.cmd === null && onLanguageRuntime(chain) && installsProjectDependencies(chain);
    const program = programWords(start.words);
    // An entrypoint script with no CMD decides at run time what to start: an app image.
    if (program.length === 0)
        return true;
    return !startsNonApp(program);
}
/** An app image built for production: it starts an app and is not a development or test image. */
function isProductionApp(df, chain) {
    const target = chain[chain.length - 1];
    return target !== undefined && !isDevelopmentImage(df, target) && startsAnApp(chain);
}
/**
 * The stages the target image is made of (external base first) when that image is a production app —
 * what the rules about what an image ships judge — else null.
 */
function productionAppChain(ctx) {
    const chain = shippedChain(ctx);
    return isProductionApp(ctx.dockerfile, chain) ? chain : null;
}
/** The words of a CMD or ENTRYPOINT as a command (exec form, or the shell form read by the shell reader). */
function startCommands(ins) {
    const words = ins.execForm;
    if (words) {
        const [name = '', ...rest] = words;
        if (/(^|\/)(ba|da|a)?sh$/.test(name) && rest[0] === '-c' && rest[1])
            return parseShell(rest[1]).commands;
        return [{ name, base: name.slice(name.lastIndexOf('/') + 1), args: rest.map((value) => ({ value, raw: value, offset: 0, quoted: true, dynamic: false })), assignments: [], offset: 0, before: null, piped: false, redirects: [], depth: 0, substitution: false }];
    }
    return parseShell(ins.args).commands;
}

;// CONCATENATED MODULE: ./src/lint/image/toolchain-images.ts
function versionPart(tag) {
    if (tag === null || tag === 'latest')
        return null;
    return tag.split('-')[0];
}
function withSuffix(repo, tag, suffix) {
    const version = versionPart(tag);
    return `${repo}:${version ? `${version}-${suffix}` : suffix}`;
}
/**
 * Images that are a build toolchain and have a smaller runtime sibling: `golang` (any tag), `node:20`
 * (not slim/alpine), `python:3.12`, `ruby:3`, `rust`, `maven`, `gradle`, JDK images, the .NET SDK.
 */
function toolchainImage(image) {
    const tag = image.tag;
    const t = (tag ?? 'latest').toLowerCase();
    const small = /slim|alpine|windowsservercore|nanoserver/.test(t);
    const repo = image.familiar;
    switch (image.familiar) {
        case 'golang':
            return { carries: 'the Go toolchain', runtime: '`scratch` or `gcr.io/distroless/static` (`alpine` if it needs a shell)', ecosystem: 'go' };
        case 'rust':
            return { carries: 'the Rust toolchain', runtime: '`debian:bookworm-slim` or `gcr.io/distroless/cc`', ecosystem: 'rust' };
        case 'node':
            return small ? null : { carries: 'compilers, headers and git from buildpack-deps', runtime: `\`${withSuffix(repo, tag, 'slim')}\` or \`${withSuffix(repo, tag, 'alpine')}\``, ecosystem: 'node' };
        case 'python':
            return small ? null : { carries: 'compilers, headers and git from buildpack-deps', runtime: `\`${withSuffix(repo, tag, 'slim')}\``, ecosystem: 'python' };
        case 'ruby':
            return small ? null : { carries: 'compilers, headers and git from buildpack-deps', runtime: `\`${withSuffix(repo, tag, 'slim')}\``, ecosystem: 'ruby' };
        case 'maven':
        case 'gradle':
            return { carries: `${image.familiar === 'maven' ? 'Maven' : 'Gradle'} and a full JDK`, runtime: 'a JRE such as `eclipse-temurin:<version>-jre`', ecosystem: 'java' };
        case 'openjdk':
        case 'eclipse-temurin':
        case 'ibm-semeru-runtimes':
            if (/jre/.test(t) || /windowsservercore|nanoserver/.test(t))
                return null;
            if (image.familiar === 'ibm-semeru-runtimes' && !/jdk/.test(t))
                return null;
            return { carries: 'a full JDK (compiler, jlink, headers)', runtime: image.familiar === 'eclipse-temurin' ? `\`eclipse-temurin:${versionPart(tag) ?? '<version>'}-jre\`` : 'a JRE such as `eclipse-temurin:<version>-jre`', ecosystem: 'java' };
        case 'buildpack-deps':
            // `-curl` and `-scm` variants carry no compilers.
            if (/(^|-)(curl|scm)$/.test(t))
                return null;
            return { carries: 'compilers and headers', runtime: '`debian:<release>-slim`', ecosystem: 'c' };
        case 'gcc':
            return { carries: 'compilers and headers', runtime: '`debian:<release>-slim`', ecosystem: 'c' };
        default:
            break;
    }
    if (/^mcr\.microsoft\.com\/dotnet\/(core\/)?sdk$/.test(image.familiar)) {
        const version = versionPart(tag) ?? '<version>';
        return { carries: 'the .NET SDK', runtime: `\`mcr.microsoft.com/dotnet/aspnet:${version}\` (web apps) or \`mcr.microsoft.com/dotnet/runtime:${version}\``, ecosystem: 'dotnet' };
    }
    return null;
}
/** `scratch` or a distroless image without the debug busybox: no `/bin/sh`. */
function lacksShell(base) {
    if (base.kind === 'scratch')
        return true;
    if (base.kind !== 'image' || !base.image)
        return false;
    const image = base.image;
    const distroless = image.familiar.startsWith('gcr.io/distroless/') || image.familiar.startsWith('gcr.io/google-appengine/distroless');
    const chainguardStatic = image.familiar === 'cgr.dev/chainguard/static';
    if (!distroless && !chainguardStatic)
        return false;
    return !/debug|dev/.test(image.tag ?? '');
}

;// CONCATENATED MODULE: ./src/lint/image/index.ts
/**
 * What the image a Dockerfile builds is: the app gate (is it a production app?), what ships (the
 * stages its filesystem is made of, what each COPY brings in), and what was built where (build steps,
 * toolchains, dependency installs, development dependencies). Pure functions over the model, shared by the multi-stage rules.
 */









;// CONCATENATED MODULE: ./src/lint/rules/single-stage-build.ts

/** The stage split that fixes each kind of build, and what it leaves behind. */
const SPLIT = {
    go: 'build in a `golang` stage and copy the binary into `scratch` or distroless — the Go toolchain (≈ 800 MB) stays behind.',
    node: 'build in a `node` stage, then start a fresh stage with production dependencies only (`npm ci --omit=dev`) and `COPY --from` the build output — devDependencies, sources and the package cache stay behind.',
    rust: 'build in a `rust` stage and copy the binary from `target/release` into `debian:bookworm-slim` or `gcr.io/distroless/cc` — the Rust toolchain and `target/` stay behind.',
    java: 'build in a `maven` or `gradle` stage and copy the jar into a JRE image such as `eclipse-temurin:<version>-jre` — the build tool, the JDK and the dependency cache stay behind.',
    dotnet: 'publish in a `mcr.microsoft.com/dotnet/sdk` stage and copy the output into `mcr.microsoft.com/dotnet/aspnet` or `runtime` — the SDK stays behind.',
    c: 'compile in a build stage and copy the binaries into a slim runtime stage — the compiler, headers and object files stay behind.',
    php: 'build the extensions in a stage `FROM` the same `php` image and copy the extension directory (`php-config --extension-dir`) and their `conf.d` ini files into the final stage — the compiler and headers stay behind.',
    python: 'build the wheels in a stage and install them into a fresh `python:<version>-slim` stage — the compiler and build cache stay behind.',
};
/** Without a shell (`scratch`, distroless) a shell-form command or a `.sh` entrypoint cannot start: suggest a slim image with one. */
const WITH_SHELL = {
    go: 'build in a `golang` stage and copy the binary into `alpine` or `debian:bookworm-slim` (the start command needs a shell, so not `scratch` or distroless) — the Go toolchain (≈ 800 MB) stays behind.',
    rust: 'build in a `rust` stage and copy the binary from `target/release` into `debian:bookworm-slim` (the start command needs a shell, so not distroless) — the Rust toolchain and `target/` stay behind.',
};
function stepMessage(step, needsShell) {
    return `\`${step.label}\` runs in the image you ship: ${(needsShell ? WITH_SHELL[step.ecosystem] : undefined) ?? SPLIT[step.ecosystem]}`;
}
/** Whether the image's start command needs `/bin/sh`: shell form, `sh -c`, or a shell script. */
function startNeedsShell(chain) {
    const start = startCommandOf(chain);
    const shellForm = [start.entrypoint, start.cmd].some((i) => i !== null && !i.execForm);
    return shellForm || start.words.some((w) => /(^|\/)(ba|da|a)?sh$|\.sh$/.test(w));
}
/**
 * `go run`, `cargo run`, `mvn spring-boot:run`, `gradle bootRun`, `dotnet run` as the start command:
 * the container compiles the app on every start, and the image ships the SDK and the sources to do it.
 */
function reportBuildToolStart(ctx, chain) {
    const start = startCommandOf(chain);
    if (!runsThroughBuildTool(start.words))
        return;
    const at = start.cmd ?? start.entrypoint;
    if (!at)
        return;
    const program = programWords(start.words);
    const shown = program.slice(0, program.findIndex((w, i) => i > 0 && !w.startsWith('-')) + 1).join(' ');
    ctx.reportAt(at, `The image starts the app with \`${shown}\`, so it compiles on every start and ships the SDK and the sources: build in its own stage and start the built binary or jar in a runtime image.`);
}
const singleStageBuild = {
    id: 'single-stage-build',
    title: 'The image you ship also builds the project: split the build into its own stage',
    severity: 'warning',
    scope: 'shipped',
    aliases: [],
    checkFile(ctx) {
        const chain = productionAppChain(ctx);
        if (!chain)
            return;
        const build = chainBuild(chain);
        if (!build) {
            reportBuildToolStart(ctx, chain);
            return;
        }
        if (build.step) {
            ctx.reportAt(build.step.instruction, stepMessage(build.step, startNeedsShell(chain)));
            return;
        }
        if (build.toolchain && build.dependencyInstall) {
            // Every package list that installs part of the toolchain, each with its line when there are several.
            const lists = build.toolchains.length > 0 ? build.toolchains : [build.toolchain];
            const count = lists.reduce((n, k) => n + k.packages.length, 0);
            const names = lists
                .map((k) => k.packages.map((p) => `\`${p}\``).join(', ') + (lists.length > 1 ? ` (line ${k.install.instruction.line})` : ''))
                .join(', ');
            ctx.reportAt(build.toolchain.install.instruction, `${names} ${count === 1 ? 'is' : 'are'} installed in the image you ship to build the dependencies installed on line ${build.dependencyInstall.line}: ` +
                'install them in a build stage (into a virtualenv, `--prefix` or vendor folder) and copy the result into a fresh stage — the compiler and headers stay behind.');
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/cleanup-in-later-layer.ts





/** Caches the tools fill, by the command that fills them: removing one later leaves it in the earlier layer. */
const CACHES = [
    { path: '/root/.cache/pip', fills: (c) => /^pip[\d.]*$/.test(c.base) && subcommand(c) === 'install' },
    { path: '/root/.cache', fills: (c) => /^pip[\d.]*$/.test(c.base) || c.base === 'uv' || c.base === 'poetry' || (c.base === 'go' && subcommand(c) === 'build') },
    { path: '/root/.npm', fills: (c) => c.base === 'npm' && ['install', 'i', 'ci'].includes(subcommand(c) ?? '') },
    { path: '/usr/local/share/.cache/yarn', fills: (c) => c.base === 'yarn' },
    { path: '/root/.m2', fills: (c) => c.base === 'mvn' || c.base === 'mvnw' },
    { path: '/root/.gradle', fills: (c) => c.base === 'gradle' || c.base === 'gradlew' },
    { path: '/go/pkg/mod', fills: (c) => c.base === 'go' && ['build', 'mod', 'get', 'install'].includes(subcommand(c) ?? '') },
    { path: '/root/.cache/go-build', fills: (c) => c.base === 'go' && ['build', 'install', 'test'].includes(subcommand(c) ?? '') },
    { path: '/var/cache/apk', fills: (c) => c.base === 'apk' && subcommand(c) === 'add' && !c.args.some((a) => a.value === '--no-cache') },
    { path: '/root/.cargo/registry', fills: (c) => c.base === 'cargo' },
    { path: '/var/cache/dnf', fills: (c) => c.base === 'dnf' && subcommand(c) === 'install' },
    { path: '/var/cache/yum', fills: (c) => c.base === 'yum' && subcommand(c) === 'install' },
];
function commandsOf(ins) {
    return runCommands(ins).filter((c) => !c.substitution).map(unwrap);
}
/** Files and folders a RUN creates that are worth removing: downloads, clones, caches. */
function createdBy(stage, ins) {
    const workdir = workdirAt(stage, ins);
    const out = [];
    const add = (path, what) => {
        if (!path || path.includes('$') || path === '-' || path.startsWith('/dev/'))
            return;
        const resolved = resolvePath(workdir, path);
        if (resolved && resolved !== '/')
            out.push({ path: resolved, line: ins.line, what });
    };
    for (const cmd of commandsOf(ins)) {
        if (cmd.base === 'curl')
            for (const o of [...flagValues(cmd, 'o'), ...flagValues(cmd, 'output')])
                add(o, 'downloaded');
        if (cmd.base === 'wget')
            for (const o of [...flagValues(cmd, 'O'), ...flagValues(cmd, 'output-document')])
                add(o, 'downloaded');
        if (cmd.base === 'git' && subcommand(cmd, ['C', 'c']) === 'clone') {
            const ops = operands(cmd, ['b', 'branch', 'depth', 'c', 'config', 'C', 'o', 'origin', 'j', 'jobs', 'filter', 'reference']);
            const url = ops[1];
            add(ops[2] ?? url?.replace(/\/+$/, '').replace(/\.git$/, '').split(/[/:]/).pop(), 'cloned');
        }
        for (const cache of CACHES)
            if (cache.fills(cmd))
                out.push({ path: cache.path, line: ins.line, what: 'cache' });
        const listsMounted = cacheMountTargets(ins).some((t) => within(APT_LISTS, t));
        if (['apt-get', 'apt'].includes(cmd.base) && subcommand(cmd) === 'update' && !listsMounted)
            out.push({ path: APT_LISTS, line: ins.line, what: 'apt lists' });
    }
    return out;
}
/** Paths a RUN deletes with `rm`, with trailing `/*` and `/.` read as the folder itself. */
function removedBy(stage, ins) {
    const workdir = workdirAt(stage, ins);
    const out = [];
    for (const cmd of commandsOf(ins)) {
        if (cmd.base !== 'rm')
            continue;
        for (const op of operands(cmd)) {
            const path = op.replace(/^~(?=\/|$)/, '/root').replace(/\/(\*|\.)?$/, '');
            if (path.includes('$') || path === '')
                continue;
            const resolved = resolvePath(workdir, path);
            if (resolved && resolved !== '/')
                out.push(resolved);
        }
    }
    return out;
}
const within = (inner, outer) => inner === outer || inner.startsWith(outer + '/');
const APT_LISTS = '/var/lib/apt/lists';
/**
 * apt lists are apt-lists-not-deleted's (DL3009), which reports the update that left them: removing
 * them later is part of that finding, a related line of it (on its own only when DL3009 is off).
 */
function reportLateAptLists(ctx, ins, lists) {
    ctx.report({
        line: ins.line,
        endLine: ins.endLine,
        column: ins.column,
        stage: ins.stage,
        severity: 'info',
        message: `This RUN removes the apt lists (\`${APT_LISTS}\`) that line ${lists.line} downloaded, but that layer already holds them: end the RUN on line ${lists.line} with \`rm -rf ${APT_LISTS}/*\` instead.`,
        related: [{ line: lists.line, message: 'The apt lists are downloaded here.' }],
        partOf: { rule: aptListsNotDeleted.id, line: lists.line },
    });
}
const cleanupInLaterLayer = {
    id: 'cleanup-in-later-layer',
    title: 'Files are removed in a later RUN than the one that created them: they still ship in the earlier layer',
    severity: 'warning',
    scope: 'shipped',
    aliases: [],
    checkFile(ctx) {
        const runs = shippedChain(ctx).flatMap((stage) => stage.instructions.filter((i) => i.keyword === 'RUN').map((ins) => ({ stage, ins })));
        const created = [];
        const installed = [];
        for (const { stage, ins } of runs) {
            const removedPackages = packageRemovals(ins);
            const lateRemovals = installed.filter((p) => removedPackages.has(p.name));
            const removedPaths = removedBy(stage, ins);
            const lateFiles = created.filter((c) => removedPaths.some((r) => within(c.path, r) || (c.what === 'cache' && within(r, c.path))));
            const sameRun = new Set(createdBy(stage, ins).map((c) => c.path));
            const late = [...new Map(lateFiles.filter((c) => !sameRun.has(c.path)).map((c) => [c.path, c])).values()];
            const lists = late.find((c) => c.what === 'apt lists');
            if (lists)
                reportLateAptLists(ctx, ins, lists);
            const files = late.filter((c) => c !== lists);
            const packages = [...new Map(lateRemovals.map((p) => [p.name, p])).values()];
            if (files.length > 0 || packages.length > 0) {
                const parts = [];
                if (packages.length > 0)
                    parts.push(`${packages.map((p) => `\`${p.name}\``).join(', ')} (installed on line ${[...new Set(packages.map((p) => p.line))].join(', ')})`);
                if (files.length > 0)
                    parts.push(`${files.map((f) => `\`${f.path}\``).join(', ')} (${howCreated(files)} on line ${[...new Set(files.map((f) => f.line))].join(', ')})`);
                ctx.reportAt(ins, `This RUN removes ${parts.join(' and ')}, but an earlier layer already holds ${files.length + packages.length === 1 ? 'it' : 'them'}: the image still ships every byte. ` +
                    'Remove them in the same RUN that creates them, or do that work in a build stage and copy out only the result.');
            }
            for (const install of packageInstalls(ins)) {
                if (removedPackages.has('*'))
                    continue;
                for (const name of install.packages)
                    if (!removedPackages.has(name))
                        installed.push({ name, line: ins.line });
                if (install.virtual && !removedPackages.has(install.virtual))
                    installed.push({ name: install.virtual, line: ins.line });
            }
            created.push(...createdBy(stage, ins).filter((c) => !removedPaths.some((r) => within(c.path, r))));
        }
        reportLateDevRemovals(ctx, shippedChain(ctx));
    },
};
function lateDevRemovals(ctx, chain) {
    const df = ctx.dockerfile;
    const pkg = contextPackageJson(ctx, chain);
    const node = pkg && pkg.devDependencies.length === 0 ? [] : nodeDevModules(df, chain).removedLater;
    return [
        ...node.map(({ installed: m, removedBy }) => ({
            removedBy,
            cameIn: m.instruction,
            via: m.via,
            install: m.via ? devModulesOrigin(df, m.via) : m,
            what: 'devDependencies',
            prune: PRUNE[m.tool],
        })),
        ...otherDevInstalls(df, chain).removedLater.map(({ installed: i, removedBy }) => ({
            removedBy,
            cameIn: i.instruction,
            via: i.via,
            install: i.origin ?? i,
            what: 'development dependencies',
            prune: i.prune,
        })),
    ];
}
/**
 * `npm prune --omit=dev`, `composer install --no-dev` in a later RUN than the install: the image's
 * filesystem no longer has the development dependencies (so not dev-dependencies-shipped's finding), but
 * the install's layer does. One finding per removing RUN for what the image installed itself, and one for
 * what copies brought in (their fix is in the stage they came from).
 */
function reportLateDevRemovals(ctx, chain) {
    const byRemoval = new Map();
    for (const r of lateDevRemovals(ctx, chain))
        byRemoval.set(r.removedBy, [...(byRemoval.get(r.removedBy) ?? []), r]);
    for (const [ins, removals] of byRemoval) {
        const installedHere = removals.filter((r) => r.via === null);
        if (installedHere.length > 0)
            reportInstalledHereRemoval(ctx, ins, installedHere);
        const copied = removals.find((r) => r.via !== null);
        if (copied)
            reportCopiedRemoval(ctx, ins, copied);
    }
}
/**
 * When the image also builds the app, single-stage-build's split removes the development dependencies
 * from the image altogether: one problem, carried as its related line.
 */
function reportInstalledHereRemoval(ctx, ins, removals) {
    const first = removals[0];
    const installs = [...new Map(removals.map((r) => [r.cameIn, r.install?.label ?? 'an install'])).entries()];
    const installed = installs.length === 1 ? `\`${installs[0][1]}\` installed on line ${installs[0][0].line}` : `${installs.map(([at, label]) => `\`${label}\` (line ${at.line})`).join(' and ')} installed`;
    const fix = first.prune && first.install
        ? `Remove them in the RUN that installs them (\`${first.install.label} && … && ${first.prune}\`), or install and build in a stage of its own and copy only what the app needs.`
        : 'Install without them, or install and build in a stage of its own and copy only what the app needs.';
    ctx.report({
        line: ins.line,
        endLine: ins.endLine,
        column: ins.column,
        stage: ins.stage,
        message: `This RUN removes the ${first.what} that ${installed}, but that layer already holds them: the image still ships every byte. ${fix}`,
        related: installs.map(([at]) => ({ line: at.line, message: `The ${first.what} are installed here.` })),
        partOf: { rule: singleStageBuild.id },
    });
}
function reportCopiedRemoval(ctx, ins, removal) {
    const from = stageLabel(removal.via);
    const installStage = removal.install ? (ctx.dockerfile.stages[removal.install.instruction.stage] ?? removal.via) : removal.via;
    const origin = removal.install
        ? ` (where \`${removal.install.label}\` installed them${installStage !== removal.via ? ` in ${stageLabel(installStage)}` : ''}, line ${removal.install.instruction.line})`
        : '';
    ctx.report({
        line: ins.line,
        endLine: ins.endLine,
        column: ins.column,
        stage: ins.stage,
        message: `This RUN removes the ${removal.what} that the COPY on line ${removal.cameIn.line} brought from ${from}${origin}, but that layer already holds them: the image still ships every byte. ` +
            `Remove them in ${from} before the copy${removal.prune ? ` (\`${removal.prune}\` after its build)` : ''}, so that the COPY brings only what the app needs.`,
        related: [{ line: removal.cameIn.line, message: `The ${removal.what} are copied in here.` }],
    });
}
function howCreated(files) {
    const kinds = [...new Set(files.map((f) => (f.what === 'cache' ? 'filled' : f.what)))];
    return kinds.join('/');
}

;// CONCATENATED MODULE: ./src/lint/rules/cd-instead-of-workdir.ts



/** Commands that put a new directory in place: after them, a `cd` into it is part of the same job. */
const CREATES_DIRECTORIES = new Set(['mkdir', 'git', 'tar', 'bsdtar', 'unzip', '7z', 'mktemp', 'cp', 'mv', 'svn', 'hg', 'wget', 'curl', 'install', 'ln', 'go', 'rsync']);
const RETURNS = new Set(['/', '..', '-', '~', '$OLDPWD', '${OLDPWD}', '$HOME', '${HOME}']);
/**
 * Whether text that precedes a command leaves a loop, `if` or `case` open. The shell reader puts
 * compound bodies at depth 0, so the keywords are counted here (quotes are not tracked: a keyword in a
 * string can only make a `cd` look scoped, i.e. keep the rule quiet).
 */
function insideCompound(before) {
    let open = 0;
    for (const m of before.matchAll(/(?:^|[\s;&|(])(do|done|if|fi|case|esac)(?=[\s;&|)]|$)/g)) {
        open += m[1] === 'do' || m[1] === 'if' || m[1] === 'case' ? 1 : -1;
    }
    return open > 0;
}
function mountTarget(value) {
    const options = parseMountOptions(value);
    return options.get('target') ?? options.get('dst') ?? options.get('destination') ?? null;
}
function cd_instead_of_workdir_trimSlash(path) {
    return path.length > 1 ? path.replace(/\/+$/, '') : path;
}
function isTemporary(dir) {
    return /^(\/tmp|\/var\/tmp|\$\{?TMPDIR\}?|\$\{?TMP\}?)(\/|$)/.test(dir) || /mktemp/.test(dir);
}
/** Whether `path` is `dir` or a directory above it (`rm -rf /usr/src` removes what `cd /usr/src/php` entered). */
function covers(path, dir) {
    const p = cd_instead_of_workdir_trimSlash(path).replace(/\/\*$/, '');
    const d = cd_instead_of_workdir_trimSlash(dir);
    return p === d || (p !== '' && d.startsWith(`${p}/`));
}
/** The directory a `cd` enters (`-P`/`-L` skipped); undefined for a bare `cd` (home). */
function cdTarget(cd) {
    return cd.args.find((a) => a.value !== '-P' && a.value !== '-L')?.value;
}
/**
 * Whether a `cd` only serves the RUN it is in, so a WORKDIR would be the wrong tool: it runs in a
 * subshell, `$( )`, a loop or a condition (WORKDIR can do none of these); the RUN changes directory
 * more than once or goes back; the directory is temporary, a RUN mount, made by the RUN itself
 * (mkdir, git clone, an extracted archive) or removed before the RUN ends.
 */
function servesOnlyThisRun(cd, commands, text, mounts) {
    if (cd.substitution || cd.depth > 0 || /\(\s*$/.test(text.slice(0, cd.offset)) || insideCompound(text.slice(0, cd.offset)))
        return true;
    const dir = cdTarget(cd);
    if (dir === undefined || RETURNS.has(dir))
        return true;
    if (isTemporary(dir) || mounts.some((m) => covers(m, dir) || (!dir.startsWith('/') && !m.startsWith('/'))))
        return true;
    const before = commands.filter((c) => c.offset < cd.offset);
    const after = commands.filter((c) => c.offset > cd.offset);
    // A RUN that changes directory more than once manages its directories itself; one WORKDIR cannot.
    if (commands.some((c) => c !== cd && (c.base === 'cd' || c.base === 'pushd' || c.base === 'popd')))
        return true;
    if (after.some((c) => c.base === 'rm' && operandWords(c, []).flatMap((w) => expandBraces(w.value)).some((p) => covers(p, dir))))
        return true;
    const absolute = dir.startsWith('/');
    return before.some((c) => {
        if (!CREATES_DIRECTORIES.has(c.base))
            return false;
        // A relative directory after a download or an extraction is that archive's top directory.
        if (!absolute)
            return true;
        // `go get github.com/x/y` then `cd /go/src/github.com/x/y`: the path ends with what was fetched.
        return c.args.some((a) => covers(dir, a.value) || covers(a.value, dir) || (a.value.includes('/') && dir.endsWith(`/${a.value}`)));
    });
}
const cdInsteadOfWorkdir = {
    id: 'cd-instead-of-workdir',
    title: 'Use WORKDIR to switch to a directory',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3003'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            const mounts = site.run.flags.filter((f) => f.name === 'mount' && f.value !== null).map((f) => mountTarget(f.value)).filter((t) => t !== null);
            for (const script of runScripts(site.instruction)) {
                const commands = script.parsed.commands;
                const cd = commands.find((c) => c.base === 'cd' && !servesOnlyThisRun(c, commands, script.text, mounts));
                if (!cd)
                    continue;
                const dir = cdTarget(cd) ?? '~';
                const last = commands.every((c) => c.offset <= cd.offset);
                ctx.reportAt(site.instruction, last
                    ? `Use WORKDIR to switch to a directory: \`cd ${dir}\` ends the RUN, so it changes nothing. Write \`WORKDIR ${dir}\` instead`
                    : `Use WORKDIR to switch to a directory: the rest of this RUN works in \`${dir}\` after \`cd ${dir}\`. Write \`WORKDIR ${dir}\` before the RUN, or use absolute paths`);
                break;
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/command-in-shell-form.ts

/** Shell syntax a JSON array cannot express without a shell. */
const SHELL_SYNTAX = /[|&;<>()$`*?~[\]{}]|\\/;
/** The command a shell-form CMD / ENTRYPOINT / HEALTHCHECK CMD runs, or null for the exec form and `HEALTHCHECK NONE`. */
function shellCommand(ins) {
    if (ins.execForm !== null)
        return null;
    if (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT')
        return ins.args.trim() === '' ? null : ins.args.trim();
    if (ins.keyword === 'HEALTHCHECK') {
        const m = /^cmd\s+([\s\S]+)$/i.exec(ins.args.trim());
        return m ? m[1].trim() : null;
    }
    return null;
}
/** `node server.js` → `["node", "server.js"]`; null when the command needs a shell to mean what it says. */
function asJson(command, escapeChar) {
    if (SHELL_SYNTAX.test(command))
        return null;
    const words = parseWords(command, escapeChar).map((w) => unquote(w, escapeChar));
    return words.length > 0 ? JSON.stringify(words).replace(/","/g, '", "') : null;
}
/** The SHELL the instruction's shell form runs under: `/bin/sh -c` unless a SHELL instruction says otherwise. */
function shellAt(df, ins) {
    const stage = df.stages[ins.stage];
    if (!stage)
        return { argv: ['/bin/sh', '-c'], chosen: false };
    let shell = { argv: stage.initial.shell, chosen: stage.initial.shellLine !== null };
    for (const other of stage.instructions) {
        if (other === ins)
            break;
        if (other.keyword === 'SHELL' && other.execForm && other.execForm.length > 0)
            shell = { argv: other.execForm, chosen: true };
    }
    return shell;
}
/**
 * Whether BuildKit's JSONArgsRecommended (json-args-recommended, which carries DL3025 as an alias)
 * already reports the instruction: a shell-form CMD or ENTRYPOINT in a stage with no SHELL chosen.
 * That finding stands for DL3025 there; this rule adds what hadolint reports beyond it, so no line
 * is reported twice.
 */
function reportedAsJsonArgsRecommended(ins, shell) {
    return ins.stage >= 0 && (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && !shell.chosen;
}
/** `exec` only means "replace the shell" in a POSIX shell, not in PowerShell or cmd. */
function isPosixShell(shell) {
    return /(^|\/)(sh|bash|ash|dash|zsh|ksh|mksh)$/.test(shell[0] ?? '');
}
function shorten(text, max = 60) {
    const line = text.replace(/\s+/g, ' ');
    return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
const commandInShellForm = {
    id: 'command-in-shell-form',
    title: 'Use arguments JSON notation for CMD and ENTRYPOINT arguments',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3025'],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        for (const ins of df.instructions) {
            const command = shellCommand(ins);
            if (command === null)
                continue;
            const keyword = ins.keyword === 'HEALTHCHECK' ? `${ins.rawKeyword} CMD` : ins.rawKeyword;
            const inEffect = shellAt(df, ins);
            if (reportedAsJsonArgsRecommended(ins, inEffect))
                continue;
            const shellArgv = inEffect.argv;
            const shell = shorten(shellArgv.join(' '), 30);
            const written = `\`${keyword} ${shorten(command)}\``;
            let detail;
            if (/^["']?\[/.test(command)) {
                // A JSON array with single quotes, escaped quotes or a missing bracket silently becomes shell form.
                detail = `${written} looks like a JSON array but is not valid JSON, so it runs through \`${shell}\`. Write it with double quotes and a closing \`]\``;
            }
            else {
                const why = ins.keyword === 'HEALTHCHECK'
                    ? `runs the check through \`${shell}\`, which the image must then contain`
                    : `runs it as a child of \`${shell}\`, so the process does not receive the SIGTERM of \`docker stop\` and is killed after the timeout`;
                const json = asJson(command, df.escapeChar);
                const exec = isPosixShell(shellArgv) ? ', or start the command with `exec` so it replaces the shell' : '';
                const fix = json ? `Write \`${keyword} ${json}\`` : `Write it as a JSON array${exec}`;
                detail = `${written} ${why}. ${fix}`;
            }
            ctx.reportAt(ins, `Use arguments JSON notation for CMD and ENTRYPOINT arguments: ${detail}`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/consecutive-run-instructions.ts

/** RUNs can only merge when they run with the same mounts, network and security options. */
function flagsKey(ins) {
    return ins.flags
        .map((f) => `${f.name}=${f.value ?? ''}`)
        .sort()
        .join('\n');
}
/**
 * Whether a script the POSIX reader leaves alone (a PowerShell or cmd `SHELL`) chains commands: a `;`,
 * `&` or `|` outside quotes separates commands in those shells too.
 */
function chainsForeignCommands(text) {
    let quote = '';
    for (const ch of text) {
        if (quote) {
            if (ch === quote)
                quote = '';
        }
        else if (ch === '"' || ch === "'")
            quote = ch;
        else if (ch === ';' || ch === '&' || ch === '|')
            return true;
    }
    return false;
}
/** Whether the RUN executes at most one command; bare assignments (`X=1`) are not commands. */
function runsOneCommand(ins) {
    if (runScripts(ins).length === 0)
        return !chainsForeignCommands(ins.args);
    return runCommands(ins).filter((c) => c.name !== '').length <= 1;
}
/** `RUN a && b` for the message, when both are short one-liners in shell form without flags. */
function merged(first, second) {
    const parts = [first, second].map((i) => i.args.trim());
    const simple = [first, second].every((i) => i.execForm === null && i.heredocs.length === 0 && i.flags.length === 0 && i.line === i.endLine);
    const text = `RUN ${parts.join(' && ')}`;
    return simple && text.length <= 80 ? `: \`${text}\`` : ' with `&&`';
}
const consecutiveRunInstructions = {
    id: 'consecutive-run-instructions',
    title: 'Multiple consecutive `RUN` instructions. Consider consolidation',
    severity: 'info',
    scope: 'shipped',
    aliases: ['DL3059'],
    checkFile(ctx) {
        let previous = null;
        for (const ins of ctx.dockerfile.instructions) {
            // Layers of a build stage nobody ships never reach the image: splitting RUNs there only helps caching.
            const shipped = ins.stage < 0 || ctx.shipped.has(ins.stage);
            if (ins.keyword !== 'RUN' || !shipped) {
                previous = null;
                continue;
            }
            const current = { ins, flags: flagsKey(ins), single: runsOneCommand(ins) };
            // A RUN that already chains commands was split from its neighbours on purpose.
            if (previous && previous.flags === current.flags && previous.single && current.single) {
                ctx.reportAt(ins, `Multiple consecutive \`RUN\` instructions: this one and the RUN on line ${previous.ins.line} each add a layer to the image. ` +
                    `Consider consolidation${merged(previous.ins, ins)}`);
            }
            previous = current;
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/consistent-instruction-casing.ts

function isUniformCase(word) {
    return word === word.toLowerCase() || word === word.toUpperCase();
}
const consistentInstructionCasing = {
    id: 'consistent-instruction-casing',
    title: 'All commands within the Dockerfile should use the same casing (either upper or lower)',
    severity: 'warning',
    scope: 'all',
    aliases: ['ConsistentInstructionCasing'],
    checkFile(ctx) {
        // BuildKit counts the stages' instructions only: global ARGs before the first FROM neither vote nor get checked.
        const counted = ctx.dockerfile.stages
            .flatMap((stage) => [stage.from, ...stage.instructions])
            .filter((ins) => KNOWN_KEYWORDS.has(ins.keyword));
        let lower = 0;
        let upper = 0;
        for (const ins of counted) {
            if (!isUniformCase(ins.rawKeyword))
                continue;
            if (ins.rawKeyword === ins.rawKeyword.toLowerCase())
                lower++;
            else
                upper++;
        }
        const majorityLower = lower > upper;
        for (const ins of counted) {
            const expected = majorityLower ? ins.rawKeyword.toLowerCase() : ins.rawKeyword.toUpperCase();
            if (ins.rawKeyword === expected)
                continue;
            ctx.reportAt(ins, `Command '${ins.rawKeyword}' should match the case of the command majority (${majorityLower ? 'lowercase' : 'uppercase'}): write \`${expected}\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/copies-whole-build-workdir.ts

/** Where a stage's chain copied the project's sources and compiled them: the folder, the build step. */
function buildFolder(df, stage) {
    const chain = chainOf(df, stage);
    const step = projectBuildStep(chain);
    if (!step)
        return null;
    const owner = chain.find((s) => s.instructions.includes(step.instruction));
    if (!owner)
        return null;
    const dir = workdirAt(owner, step.instruction);
    if (dir === null || dir === '/')
        return null;
    // The sources must live there too: a stage that compiles into /app from sources in /src and whose
    // /app holds only output is not what this rule is about.
    for (const s of chain) {
        for (const ins of s.instructions) {
            const spec = copySpec(s, ins);
            if (!spec || !copiesSourceTree(spec))
                continue;
            const dest = resolvePath(workdirAt(s, ins), spec.dest);
            if (dest !== null && isWithin(dest, dir))
                return { dir, label: step.label, line: step.instruction.line };
        }
    }
    return null;
}
const copiesWholeBuildWorkdir = {
    id: 'copies-whole-build-workdir',
    title: "The image you ship copies a build stage's whole working directory instead of its artifacts",
    severity: 'warning',
    scope: 'shipped',
    aliases: [],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        const chain = productionAppChain(ctx);
        if (!chain)
            return;
        for (const stage of chain) {
            for (const ins of stage.instructions) {
                const spec = copySpec(stage, ins);
                if (!spec || spec.from?.kind !== 'stage')
                    continue;
                const source = df.stages[spec.from.stage];
                if (!source)
                    continue;
                const folder = buildFolder(df, source);
                if (!folder)
                    continue;
                // `COPY --from` sources are paths in the source stage's filesystem, from its root.
                const whole = spec.sources.find((src) => {
                    const path = resolvePath('/', src);
                    return path !== null && isWithin(folder.dir, path);
                });
                if (whole === undefined)
                    continue;
                ctx.reportAt(ins, `\`COPY --from=${spec.fromRaw} ${whole}\` copies ${stageLabel(source)}'s whole working directory (\`${folder.dir}\`) — the sources and everything the build left there beside the output of \`${folder.label}\` (line ${folder.line}): copy only the artifacts the app runs (the binary, \`dist/\`, the jar).`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/copy-from-own-stage.ts
const copyFromOwnStage = {
    id: 'copy-from-own-stage',
    title: '`COPY --from` cannot reference its own `FROM` alias',
    severity: 'error',
    scope: 'all',
    aliases: ['DL3023'],
    checkStage(stage, ctx) {
        for (const dep of stage.dependencies) {
            if (dep.kind !== 'copy' || dep.source.kind !== 'stage' || dep.source.stage !== stage.index)
                continue;
            const label = stage.name ? `\`${stage.name}\`` : `stage ${stage.index}`;
            const via = dep.raw.includes('$') ? ` (\`${dep.raw}\` resolves to it)` : '';
            ctx.reportAt(dep.instruction, `\`COPY --from\` cannot reference its own \`FROM\` alias: ${label}${via} is the stage this COPY runs in, and a stage cannot copy from itself. ` +
                'Copy from an earlier stage, or drop `--from` to copy from the build context');
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/suggest.ts
/**
 * BuildKit's "did you mean …?" hint (`util/suggest`, case-sensitive as on Linux): the first option
 * within an edit distance of 2, a closer option replacing a farther one; none when the value itself
 * is an option.
 */
function closestName(value, options) {
    let match = null;
    let best = 3;
    for (const option of options) {
        if (option === value)
            return null;
        const distance = editDistance(value, option);
        if (distance < best) {
            match = option;
            best = distance;
        }
    }
    return match;
}
/**
 * `closestName` for names that match in any case (stage names, rule ids and codes): the option comes
 * back as it is spelled among the options.
 */
function closestNameIgnoringCase(value, options) {
    const lowered = options.map((o) => o.toLowerCase());
    const match = closestName(value.toLowerCase(), lowered);
    return match === null ? null : options[lowered.indexOf(match)];
}
/** Levenshtein distance over Unicode code points. */
function editDistance(a, b) {
    const left = Array.from(a);
    const right = Array.from(b);
    let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
    for (let i = 1; i <= left.length; i++) {
        const current = [i];
        for (let j = 1; j <= right.length; j++) {
            const substitution = previous[j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[right.length];
}
/** Whether one keystroke slip turns `a` into `b`: a letter added, dropped or replaced, or two neighbours swapped. */
function isOneTypoApart(a, b) {
    if (editDistance(a, b) === 1)
        return true;
    const left = Array.from(a);
    const right = Array.from(b);
    if (left.length !== right.length)
        return false;
    const differ = left.flatMap((ch, i) => (ch === right[i] ? [] : [i]));
    return differ.length === 2 && differ[1] === differ[0] + 1 && left[differ[0]] === right[differ[1]] && left[differ[1]] === right[differ[0]];
}

;// CONCATENATED MODULE: ./src/lint/rules/copy-from-undefined-stage.ts


/** A `--from` value that can only be an image (`node:20`, `ghcr.io/org/tool`, `x@sha256:…`): stage names have none of these. */
function isImageReference(value) {
    return /[:/@]/.test(value);
}
/**
 * The earlier stage the writer most likely meant: BuildKit's edit-distance hint (stage names compared in
 * lower case, as BuildKit matches them), else the one stage name that has the value as a `-`/`_`/`.`
 * separated part — `set` for `license-set`, a shortening edit distance cannot see.
 */
function intendedStage(value, names) {
    const byDistance = closestNameIgnoringCase(value, names);
    if (byDistance !== null)
        return byDistance;
    const wanted = value.toLowerCase();
    if (wanted.length < 3)
        return null;
    const containing = names.filter((n) => n.toLowerCase().split(/[-_.]/).includes(wanted));
    return containing.length === 1 ? containing[0] : null;
}
/**
 * A name one typo away from a stage's (`biulder` for `builder`), with no registry, tag or digest: BuildKit
 * takes it for `docker.io/library/<name>:latest`, which nobody publishes, and the pull fails.
 */
function isTypoOf(value, stageName) {
    return isOneTypoApart(value.toLowerCase(), stageName.toLowerCase());
}
/** What `--from` names, as far as the stages defined so far can tell; null when it is fine or unknowable. */
function problem(df, ins, value) {
    const stageIndex = ins.stage;
    const earlier = df.stages.slice(0, Math.max(0, stageIndex));
    let resolved = value;
    if (stageIndex >= 0) {
        const dep = df.stages[stageIndex].dependencies.find((d) => d.instruction === ins && d.kind === 'copy');
        const source = dep?.source;
        if (!source || source.kind === 'unknown' || source.kind === 'context')
            return null;
        // Its own stage is copy-from-own-stage's finding.
        if (source.kind === 'stage' && source.stage <= stageIndex)
            return null;
        if (source.kind === 'image')
            resolved = source.raw;
    }
    else if (value.includes('$')) {
        return null;
    }
    if (isImageReference(resolved))
        return null;
    const via = resolved !== value ? ` (\`${value}\` resolves to \`${resolved}\`)` : '';
    const warn = (message) => ({ message, breaksBuild: false });
    if (/^\d+$/.test(resolved)) {
        return warn(`there is no stage ${resolved} before this one${via}: stages are numbered from 0 in the order they are defined`);
    }
    const lower = resolved.toLowerCase();
    const later = df.stages.find((s) => s.index > stageIndex && s.id === lower);
    if (later) {
        return warn(`stage \`${later.name}\`${via} is defined after this line (line ${later.from.line}): move that stage above this one`);
    }
    const names = earlier.map((s) => s.name).filter((n) => n !== null);
    const guess = intendedStage(resolved, names);
    if (guess && isTypoOf(resolved, guess)) {
        return {
            message: `no stage is named \`${resolved}\`${via} — did you mean \`${guess}\`? As written, the build fails pulling \`docker.io/library/${lower}\``,
            breaksBuild: true,
        };
    }
    if (guess)
        return warn(`no stage is named \`${resolved}\`${via} — did you mean \`${guess}\`?`);
    return warn(`no stage is named \`${resolved}\`${via}, so unless the build passes \`--build-context ${resolved}=<dir>\`, ` +
        `BuildKit pulls an image called \`${resolved}\`. Define the stage above this one, or give the image its tag (\`--from=${resolved}:<version>\`)`);
}
const copyFromUndefinedStage = {
    id: 'copy-from-undefined-stage',
    title: '`COPY --from` should reference a previously defined `FROM` alias',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3022'],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        for (const ins of df.instructions) {
            if (ins.keyword !== 'COPY')
                continue;
            const flag = ins.flags.find((f) => f.name === 'from');
            if (!flag?.value)
                continue;
            const found = problem(df, ins, stripQuotes(flag.value));
            if (!found)
                continue;
            ctx.reportAt(ins, `\`COPY --from\` should reference a previously defined \`FROM\` alias: ${found.message}`, found.breaksBuild ? 'error' : undefined);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/dockerignore.ts
/**
 * `.dockerignore` matching as BuildKit does it: the file read like moby's `ignorefile.ReadAll`, the
 * patterns matched like `patternmatcher` (`MatchesOrParentMatches`), on slash-separated paths.
 */
/**
 * Parses a `.dockerignore`. Returns null when BuildKit would reject it (a lone `!`, a malformed
 * pattern): the build fails before any COPY, so nothing can be said about sources.
 */
function parseDockerignore(text) {
    const patterns = [];
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    for (const line of lines) {
        // A comment only when `#` is the very first character.
        if (line.startsWith('#'))
            continue;
        let pattern = line.trim();
        if (pattern === '')
            continue;
        const exclusion = pattern.startsWith('!');
        if (exclusion)
            pattern = pattern.slice(1).trim();
        if (pattern === '')
            return null;
        pattern = cleanPath(pattern);
        if (pattern.length > 1 && pattern.startsWith('/'))
            pattern = pattern.slice(1);
        const compiled = compilePattern(pattern);
        if (!compiled)
            return null;
        patterns.push({ text: pattern, exclusion, matches: compiled });
    }
    return {
        patterns,
        hasExclusions: patterns.some((p) => p.exclusion),
        excludes: (path) => matchesOrParentMatches(patterns, path),
    };
}
function matchesOrParentMatches(patterns, file) {
    const parent = dockerignore_dirname(file);
    const parentDirs = parent.split('/');
    let matched = false;
    for (const pattern of patterns) {
        // An inclusion cannot change a match, nor an exclusion a non-match.
        if (pattern.exclusion !== matched)
            continue;
        let match = pattern.matches(file);
        if (!match && parent !== '.') {
            for (let i = 0; i < parentDirs.length && !match; i++)
                match = pattern.matches(parentDirs.slice(0, i + 1).join('/'));
        }
        if (match)
            matched = !pattern.exclusion;
    }
    return matched;
}
/**
 * `patternmatcher`'s pattern compilation: `*` and `?` stop at `/`, `**` crosses directories, a
 * leading `**` matches any prefix and a trailing one any suffix, `\` escapes. Null for a pattern
 * BuildKit rejects.
 */
function compilePattern(pattern) {
    if (!isValidGlob(pattern))
        return null;
    let kind = 'exact';
    let source = '^';
    const chars = Array.from(pattern);
    for (let i = 0, index = 0; i < chars.length; i++, index++) {
        const ch = chars[i];
        if (ch === '*') {
            if (chars[i + 1] === '*') {
                i++;
                if (chars[i + 1] === '/')
                    i++;
                if (i + 1 >= chars.length) {
                    if (kind === 'exact')
                        kind = 'prefix';
                    else {
                        source += '.*';
                        kind = 'regexp';
                    }
                }
                else {
                    source += '(.*/)?';
                    kind = 'regexp';
                }
                if (index === 0)
                    kind = 'suffix';
            }
            else {
                source += '[^/]*';
                kind = 'regexp';
            }
        }
        else if (ch === '?') {
            source += '[^/]';
            kind = 'regexp';
        }
        else if ('.+()|{}$'.includes(ch)) {
            source += `\\${ch}`;
        }
        else if (ch === '\\') {
            if (i + 1 < chars.length) {
                i++;
                source += `\\${chars[i]}`;
                kind = 'regexp';
            }
            else
                source += '\\\\';
        }
        else if (ch === '[' || ch === ']') {
            source += ch;
            kind = 'regexp';
        }
        else
            source += ch;
    }
    switch (kind) {
        case 'exact':
            return (path) => path === pattern;
        case 'prefix': {
            const prefix = pattern.slice(0, -2);
            return (path) => path.startsWith(prefix);
        }
        case 'suffix': {
            const suffix = pattern.slice(2);
            return (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
        }
        case 'regexp': {
            let regexp;
            try {
                regexp = new RegExp(`${source}$`);
            }
            catch {
                return null;
            }
            return (path) => regexp.test(path);
        }
    }
}
/** Go's `filepath.Match` syntax: a trailing `\`, and classes must close and hold `lo` or `lo-hi` ranges. */
function isValidGlob(pattern) {
    const chars = Array.from(pattern);
    let i = 0;
    // One class member or range bound (Go's getEsc); returns the index after it, or -1.
    const rangeBound = (at) => {
        const ch = chars[at];
        if (ch === undefined || ch === '-' || ch === ']')
            return -1;
        if (ch === '\\')
            return chars[at + 1] === undefined ? -1 : at + 2;
        return at + 1;
    };
    while (i < chars.length) {
        const ch = chars[i];
        if (ch === '\\') {
            if (i + 1 >= chars.length)
                return false;
            i += 2;
        }
        else if (ch === '[') {
            i++;
            if (chars[i] === '^')
                i++;
            for (let ranges = 0;; ranges++) {
                if (chars[i] === ']' && ranges > 0) {
                    i++;
                    break;
                }
                i = rangeBound(i);
                if (i < 0)
                    return false;
                if (chars[i] === '-') {
                    i = rangeBound(i + 1);
                    if (i < 0)
                        return false;
                }
            }
        }
        else
            i++;
    }
    return true;
}
/** Go's `path.Clean`: collapses `//`, `.` and `..`; `""` becomes `.`. */
function cleanPath(path) {
    if (path === '')
        return '.';
    const rooted = path.startsWith('/');
    const parts = [];
    for (const part of path.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length > 0 && parts[parts.length - 1] !== '..')
                parts.pop();
            else if (!rooted)
                parts.push('..');
        }
        else
            parts.push(part);
    }
    const joined = parts.join('/');
    if (rooted)
        return `/${joined}`;
    return joined === '' ? '.' : joined;
}
function dockerignore_dirname(path) {
    const slash = path.lastIndexOf('/');
    if (slash < 0)
        return '.';
    return cleanPath(path.slice(0, slash + 1));
}

;// CONCATENATED MODULE: ./src/lint/variables.ts



/**
 * The variables BuildKit expands instruction words with, as `docker build --check` sees them (no
 * build arguments given), for the checks that depend on them.
 */
/** The predefined arguments of a file: the platform ones and TARGETSTAGE (the last stage without `--target`). */
function predefinedArgs(df) {
    const target = df.stages[df.stages.length - 1]?.name?.toLowerCase() || 'default';
    return new Map([...PLATFORM_ARG_DEFAULTS, ['TARGETSTAGE', target]]);
}
const fromArgumentsCache = new WeakMap();
/** BuildKit's `buildMetaArgs` with no build arguments (computed once per file). */
function fromArguments(df) {
    const cached = fromArgumentsCache.get(df);
    if (cached)
        return cached;
    const computed = computeFromArguments(df);
    fromArgumentsCache.set(df, computed);
    return computed;
}
function computeFromArguments(df) {
    const values = predefinedArgs(df);
    const declared = new Set(values.keys());
    let broken = false;
    for (const arg of df.globalArgs) {
        declared.add(arg.name);
        if (arg.defaultValue === null)
            continue;
        const expansion = expandWord(arg.defaultValue, { get: (name) => values.get(name) }, { escapeChar: df.escapeChar });
        if (expansion.error)
            broken = true;
        values.set(arg.name, expansion.result);
    }
    return { values, declared, broken };
}
/**
 * The variables as a stage's instructions change them. Each instruction's view is a version of shared
 * histories (ScopeMap), not a copy: a stage of 20,000 ARG + RUN pairs costs 20,000 sets, not 200 million
 * copied entries.
 */
class VariableState {
    baseKnown;
    values = ScopeMap.empty();
    declared = ScopeMap.empty();
    frozen = null;
    constructor(baseKnown) {
        this.baseKnown = baseKnown;
    }
    /** A state that goes on from this one (sharing its maps: they never change). */
    clone() {
        const copy = new VariableState(this.baseKnown);
        copy.values = this.values;
        copy.declared = this.declared;
        return copy;
    }
    define(pairs) {
        if (pairs.length === 0)
            return;
        this.values = this.values.with(pairs);
        this.frozen = null;
    }
    declare(name) {
        this.declared = this.declared.with([[name, true]]);
        this.frozen = null;
    }
    snapshot() {
        const values = this.values;
        // A ScopeMap keeps its names in the order they were first set: the definition order.
        this.frozen ??= { values, declared: this.declared, baseKnown: this.baseKnown, order: { [Symbol.iterator]: () => values.keys() } };
        return this.frozen;
    }
}
/**
 * Calls `visit` for each instruction of `stage` with the variables in effect before it. Unlike the
 * model's scopes, ARGs of the stages it is built FROM count too: BuildKit carries them to child stages
 * in the build state.
 */
function forEachInstructionVariables(df, stage, visit) {
    let entries = stageVariablesCache.get(stage);
    if (!entries) {
        entries = computeStageVariables(df, stage);
        stageVariablesCache.set(stage, entries);
    }
    for (const entry of entries)
        visit(entry.instruction, entry.variables);
}
/** Several rules walk the same stages: the walk is done once per stage. */
const stageVariablesCache = new WeakMap();
/** The variables after each stage's last instruction: where the stages built FROM it start. */
const finalStateCache = new WeakMap();
function computeStageVariables(df, stage) {
    const entries = [];
    const chain = ancestry(df, stage).reverse();
    const globals = fromArguments(df);
    // Start from the nearest stage built before whose end is known: a chain of stages each built FROM
    // the one before walks each stage once, not its whole ancestry again.
    let start = chain.length - 2;
    while (start >= 0 && !finalStateCache.has(chain[start]))
        start--;
    let state;
    if (start >= 0)
        state = finalStateCache.get(chain[start]).clone();
    else {
        const root = chain[0];
        const baseKeys = root.base.kind === 'scratch' ? SCRATCH_ENV_KEYS : root.base.kind === 'image' ? baseImageEnvKeys(root.base.image) : null;
        state = new VariableState(baseKeys !== null);
        state.define([...(baseKeys ?? SCRATCH_ENV_KEYS)].map((key) => [key, null]));
    }
    for (const current of chain.slice(start + 1)) {
        for (const ins of current.instructions) {
            if (current === stage)
                entries.push({ instruction: ins, variables: state.snapshot() });
            variables_apply(ins, state, globals, df.escapeChar);
        }
        if (!finalStateCache.has(current))
            finalStateCache.set(current, state.clone());
    }
    return entries;
}
function variables_apply(ins, state, globals, escapeChar) {
    if (ins.keyword === 'ENV') {
        // Every pair of one ENV expands against the variables from before it.
        const before = state.snapshot();
        state.define(ins.pairs.map((pair) => [pair.key, variables_resolveWord(pair.rawValue ?? '', before, escapeChar)]));
    }
    else if (ins.keyword === 'ARG') {
        // Each pair of one ARG sees the pairs before it.
        for (const pair of ins.pairs) {
            if (pair.rawValue !== null)
                state.define([[pair.key, variables_resolveWord(pair.rawValue, state.snapshot(), escapeChar)]]);
            else if (hasGlobalDefault(globals, pair.key))
                state.define([[pair.key, globals.values.get(pair.key)]]);
            else
                state.declare(pair.key);
        }
    }
}
/**
 * A global ARG with a default gives an in-stage `ARG NAME` its value. The predefined ones are left
 * unknown: they change with the platform and target of each build.
 */
function hasGlobalDefault(globals, name) {
    return globals.values.has(name) && !PLATFORM_ARG_DEFAULTS.has(name) && name !== 'TARGETSTAGE';
}
/** Whether BuildKit would find `name` when expanding: defined, declared, or possibly from an unknown base image. */
function isKnownName(name, variables) {
    return variables.values.has(name) || variables.declared.has(name) || !variables.baseKnown;
}
/**
 * A word after BuildKit's expansion, or null when it depends on a value only the build knows (a build
 * argument, the base image's ENV).
 */
function variables_resolveWord(word, variables, escapeChar) {
    for (const name of referencedVariables(word, escapeChar)) {
        const value = variables.values.get(name);
        if (value === null)
            return null;
        if (value === undefined && (variables.declared.has(name) || !variables.baseKnown))
            return null;
    }
    const lookup = { get: (name) => variables.values.get(name) ?? undefined };
    const expansion = expandWord(word, lookup, { escapeChar });
    return expansion.error ? null : expansion.result;
}

;// CONCATENATED MODULE: ./src/lint/rules/shared/onbuild-triggers.ts
const definersCache = new WeakMap();
function definersOf(stage) {
    let definers = definersCache.get(stage);
    if (definers)
        return definers;
    definers = { lastByInstruction: new Map(), firstByTrigger: new Map(), names: [], positions: new Map() };
    const seen = new Set();
    stage.instructions.forEach((ins, index) => {
        definers.positions.set(ins, index);
        for (const [definer, record] of [
            [ins, (key) => definers.lastByInstruction.set(key, index)],
            [ins.trigger, (key) => definers.firstByTrigger.has(key) || definers.firstByTrigger.set(key, index)],
        ]) {
            if (!definer || (definer.keyword !== 'ENV' && definer.keyword !== 'ARG'))
                continue;
            for (const { key } of definer.pairs) {
                record(key);
                if (!seen.has(key))
                    definers.names.push(key), seen.add(key);
            }
        }
    });
    definersCache.set(stage, definers);
    return definers;
}
/**
 * The variables an ONBUILD trigger can use: those before the ONBUILD (`variables`), plus what the rest
 * of the stage and the earlier triggers define. Those values are left unknown (null): a rule then
 * treats the names as defined and does not guess what they expand to. Reading a name costs the same
 * however many triggers the stage has (an index per stage, not a copy per trigger).
 */
function triggerVariables(variables, stage, onbuild) {
    const { lastByInstruction, firstByTrigger, names, positions } = definersOf(stage);
    const position = positions.get(onbuild) ?? -1;
    // Later instructions of the stage itself, earlier triggers: both have run when this trigger runs.
    const setLater = (name) => (lastByInstruction.get(name) ?? -1) > position || (firstByTrigger.get(name) ?? Infinity) < position;
    const values = {
        get: (name) => (setLater(name) ? null : variables.values.get(name)),
        has: (name) => setLater(name) || variables.values.has(name),
    };
    const order = {
        *[Symbol.iterator]() {
            const seen = new Set();
            for (const name of variables.order)
                if (!seen.has(name))
                    yield (seen.add(name), name);
            for (const name of names)
                if (setLater(name) && !seen.has(name))
                    yield (seen.add(name), name);
        },
    };
    return { values, declared: variables.declared, baseKnown: variables.baseKnown, order };
}
/**
 * Whether a stage of this file is built FROM `stage`, so runs its triggers in this build, with this
 * build context; otherwise they run in builds elsewhere, from contexts this file does not know.
 */
function triggersRunInThisFile(df, stage) {
    return df.stages.some((child) => child.base.kind === 'stage' && child.base.stage === stage.index);
}

;// CONCATENATED MODULE: ./src/lint/rules/copy-ignored-file.ts




const copy_ignored_file_HEREDOC_WORD = /^\d*<<-?/;
/** Remote sources (URLs, git) that ADD fetches instead of reading the build context. */
const REMOTE_SOURCE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i;
/** The sources a COPY or ADD reads from the build context, as written. */
function copy_ignored_file_contextSources(ins, escapeChar) {
    if (ins.keyword === 'COPY' && ins.flags.some((f) => f.name === 'from'))
        return [];
    const words = ins.execForm ?? parseWords(ins.args, escapeChar);
    return words.slice(0, -1).filter((word) => !(ins.heredocs.length > 0 && copy_ignored_file_HEREDOC_WORD.test(word)) && !REMOTE_SOURCE.test(word));
}
/** Patterns that leave nothing at the context root: only then is copying `.` worth a warning. */
function ignoresWholeContext(ignore) {
    return ignore.patterns.some((p) => !p.exclusion && ['*', '**', '**/*'].includes(p.text));
}
const copyIgnoredFile = {
    id: 'copy-ignored-file',
    title: 'Attempting to Copy file that is excluded by .dockerignore',
    severity: 'error',
    scope: 'all',
    aliases: ['CopyIgnoredFile'],
    checkStage(stage, ctx) {
        if (!ctx.dockerignoreKnown || ctx.dockerignore === null)
            return;
        const ignore = parseDockerignore(ctx.dockerignore);
        // With `!` patterns a directory may be excluded while files in it are not: BuildKit does not guess.
        if (!ignore || ignore.hasExclusions)
            return;
        const escapeChar = ctx.dockerfile.escapeChar;
        // An ONBUILD COPY reads the context of the build that runs it: this one only for a stage of this file.
        const triggersUseThisContext = triggersRunInThisFile(ctx.dockerfile, stage);
        forEachInstructionVariables(ctx.dockerfile, stage, (ins, stageVariables) => {
            const copy = instructionToCheck(ins);
            if (copy.keyword !== 'COPY' && copy.keyword !== 'ADD')
                return;
            const isTrigger = copy !== ins;
            if (isTrigger && !triggersUseThisContext)
                return;
            const variables = isTrigger ? triggerVariables(stageVariables, stage, ins) : stageVariables;
            const verb = copy.keyword === 'ADD' ? 'Add' : 'Copy';
            for (const word of copy_ignored_file_contextSources(copy, escapeChar)) {
                const expanded = variables_resolveWord(word, variables, escapeChar);
                if (expanded === null)
                    continue;
                const source = cleanPath(expanded);
                if ((source === '.' || source === '/') && !ignoresWholeContext(ignore))
                    continue;
                if (!ignore.excludes(source))
                    continue;
                ctx.reportAt(ins, `Attempting to ${verb} file ${JSON.stringify(source)} that is excluded by .dockerignore: the build context will not contain it, so this ${copy.keyword} fails or copies nothing; remove the matching pattern from .dockerignore or stop copying it`);
            }
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/copy-root-filesystem-from-stage.ts


/**
 * Images built FROM scratch to be installed by copying their whole filesystem, as their own
 * documentation shows: `COPY --from=tonistiigi/xx / /` (cross-compilation helpers) and Docker's
 * awesome-compose `COPY --from=gloursdocker/docker / /` (the Docker CLI tools).
 */
const ARTIFACT_IMAGES = new Set(['tonistiigi/xx', 'gloursdocker/docker']);
function copy_root_filesystem_from_stage_rootBase(df, stage) {
    const chain = ancestry(df, stage);
    return chain[chain.length - 1].base;
}
function isArtifactImage(base) {
    return base.kind === 'scratch' || (base.kind === 'image' && base.image !== null && ARTIFACT_IMAGES.has(base.image.repository));
}
/**
 * Whether the copy is one of the deliberate whole-filesystem copies: from a stage that holds only what
 * was copied into a `FROM scratch` (an artifact stage) or from an artifact image; or into a `FROM scratch`
 * stage that has nothing else yet — the squash idiom, which flattens a stage into one layer.
 */
function isDeliberate(df, ins) {
    const stage = df.stages[ins.stage];
    if (!stage)
        return false;
    const dep = stage.dependencies.find((d) => d.instruction === ins && d.kind === 'copy');
    const source = dep?.source;
    if (source?.kind === 'stage' && source.stage !== stage.index && isArtifactImage(copy_root_filesystem_from_stage_rootBase(df, df.stages[source.stage])))
        return true;
    if (source?.kind === 'image' && source.image && ARTIFACT_IMAGES.has(source.image.repository))
        return true;
    const first = stage.instructions.find((i) => ['COPY', 'ADD', 'RUN'].includes(i.keyword));
    return first === ins && copy_root_filesystem_from_stage_rootBase(df, stage).kind === 'scratch';
}
/** For instructions outside a stage (fragments, ONBUILD triggers): the artifact image named directly. */
function namesArtifactImage(from) {
    const parsed = parseImageRef(from);
    return parsed.ok && ARTIFACT_IMAGES.has(parsed.image.repository);
}
const copyRootFilesystemFromStage = {
    id: 'copy-root-filesystem-from-stage',
    title: 'Do not copy an entire filesystem from another stage',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3067'],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        for (const ins of df.instructions) {
            const copy = instructionToCheck(ins);
            if (copy.keyword !== 'COPY')
                continue;
            const args = copyArgs(copy, df.escapeChar);
            if (!args || args.from === null || args.destination !== '/' || !args.sources.includes('/'))
                continue;
            if (ins.trigger ? namesArtifactImage(args.from) : isDeliberate(df, ins) || namesArtifactImage(args.from))
                continue;
            ctx.reportAt(ins, `Do not copy an entire filesystem from another stage: \`COPY --from=${args.from} / /\` lays all of \`${args.from}\` — its /etc, package ` +
                'database and anything left in /tmp — over this image, undoing what the split into stages saved. Copy only the directories the image needs');
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/copy-sources-need-dir-destination.ts


/**
 * `C:\app\`, `\app\`: a Windows path ending in a backslash. BuildKit turns a Windows image's
 * backslashes into slashes (and drops the drive letter), so the destination ends with `/` and is a
 * directory. On Linux a backslash is an ordinary file-name character, so only paths that are
 * unmistakably Windows ones count.
 */
function isWindowsDirectory(dest) {
    return dest.endsWith('\\') && (isWindowsAbsolute(dest) || dest.startsWith('\\'));
}
const copySourcesNeedDirDestination = {
    id: 'copy-sources-need-dir-destination',
    title: 'COPY with more than 2 arguments requires the last argument to end with /',
    severity: 'error',
    scope: 'all',
    aliases: ['DL3021'],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        for (const ins of df.instructions) {
            const copy = instructionToCheck(ins);
            const args = copyArgs(copy, df.escapeChar);
            if (!args || args.sources.length < 2)
                continue;
            const dest = args.destination;
            // BuildKit reads `.` as "the working directory", a directory like `./`.
            if (dest.endsWith('/') || dest === '.' || isWindowsDirectory(dest))
                continue;
            // `$DEST` may well end with a slash; judge it by its value when the stage defines one.
            if (dest.includes('$')) {
                const exp = expandWord(dest, scopeLookup(copy.scope), { escapeChar: df.escapeChar });
                if (exp.error || exp.unmatched.size > 0 || exp.result.endsWith('/'))
                    continue;
            }
            // `C:\app` is fixed the way it is written: `C:\app\`.
            const separator = isWindowsAbsolute(dest) && dest.includes('\\') ? '\\' : '/';
            ctx.reportAt(ins, `${copy.keyword} with more than 2 arguments requires the last argument to end with /: ${args.sources.length} sources go to \`${dest}\`, ` +
                `which the build refuses unless it is a directory. Write \`${dest}${separator}\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/copy-to-relative-path-without-workdir.ts


/** Whether a WORKDIR instruction in one of the stages this one is built FROM carries into it. */
function inheritsWorkdir(df, stage) {
    return ancestry(df, stage)
        .slice(1)
        .some((parent) => parent.instructions.some((i) => i.keyword === 'WORKDIR'));
}
function copy_to_relative_path_without_workdir_rootBase(df, stage) {
    const chain = ancestry(df, stage);
    return chain[chain.length - 1].base;
}
/** The image a stage's chain starts from, for the message: `node:20` (a digest left out), or as written. */
function describeImage(base) {
    if (base.kind !== 'image')
        return null;
    return base.image ? formatImage({ ...base.image, digest: null }) : base.raw;
}
function isRelative(dest) {
    return !(dest.startsWith('/') || dest.startsWith('$') || isWindowsAbsolute(dest));
}
const copyToRelativePathWithoutWorkdir = {
    id: 'copy-to-relative-path-without-workdir',
    title: '`COPY` to a relative destination without `WORKDIR` set',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3045'],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        let workdirSet = false;
        let currentStage = -1;
        for (const ins of df.instructions) {
            if (ins.stage !== currentStage) {
                currentStage = ins.stage;
                const stage = df.stages[currentStage];
                // A chain that starts FROM scratch works in `/`, and no base image can move it.
                workdirSet = stage ? inheritsWorkdir(df, stage) || copy_to_relative_path_without_workdir_rootBase(df, stage).kind === 'scratch' : false;
            }
            if (ins.keyword === 'WORKDIR')
                workdirSet = true;
            if (ins.keyword !== 'COPY' || workdirSet)
                continue;
            const args = copyArgs(ins, df.escapeChar);
            if (!args || !isRelative(args.destination))
                continue;
            report(ins, args.destination);
        }
        function report(ins, dest) {
            const stage = df.stages[ins.stage];
            const base = stage ? describeImage(copy_to_relative_path_without_workdir_rootBase(df, stage)) : null;
            const lands = base ? `wherever \`${base}\` sets its working directory` : 'in whatever working directory the base image sets';
            ctx.reportAt(ins, `\`COPY\` to a relative destination without \`WORKDIR\` set: \`${dest}\` lands ${lands}, which can change with the base image. ` +
                'Set `WORKDIR /<dir>` before it (in this stage or one it is built FROM), or give an absolute destination');
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/cross-build-ignores-target-platform.ts

const BUILD_PLATFORM = /\$\{?BUILDPLATFORM\}?/;
const TARGET_VARIABLE = /\b(TARGETPLATFORM|TARGETOS|TARGETARCH|TARGETVARIANT)\b/;
/** Whether a stage runs on the build platform: its own `--platform=$BUILDPLATFORM`, or a parent's. */
function onBuildPlatform(df, stage) {
    return chainOf(df, stage).some((s) => s.platform !== null && BUILD_PLATFORM.test(s.platform));
}
const TARGET_VARIABLES = /\b(TARGETPLATFORM|TARGETOS|TARGETARCH|TARGETVARIANT)\b/g;
/**
 * How the chain reads the target platform: `declared` when an instruction names a TARGET* variable the
 * stage declares (`ARG TARGETARCH`, then `GOARCH=$TARGETARCH`; xx's tools read TARGETPLATFORM), else
 * the first use of one it never declared — BuildKit gives the automatic platform ARGs to the global
 * scope only, so without `ARG TARGETARCH` in the stage `$TARGETARCH` expands to nothing.
 */
function targetPlatformUse(chain) {
    let undeclared = null;
    for (const stage of chain) {
        for (const ins of stage.instructions) {
            // `ARG TARGETARCH`, or an ENV that sets one (`ENV TARGETPLATFORM=${LIBCXX_TARGET}` for xx).
            if (ins.keyword === 'ARG' && TARGET_VARIABLE.test(ins.args))
                return { kind: 'declared' };
            if (ins.keyword === 'ENV' && ins.pairs.some((p) => TARGET_VARIABLE.test(p.key)))
                return { kind: 'declared' };
            const text = [ins.args, ...ins.heredocs.map((h) => h.content)].join('\n');
            for (const match of text.matchAll(TARGET_VARIABLES)) {
                if (ins.scope.args.has(match[1]) || ins.scope.env.has(match[1]))
                    return { kind: 'declared' };
                undeclared ??= { kind: 'undeclared', name: match[1], line: ins.line };
            }
        }
    }
    return undeclared;
}
/**
 * Whether what a stage builds reaches a stage that runs on the target platform. A build-platform stage
 * whose output is copied only into other build-platform stages builds tools for the build itself; a
 * build-platform stage built FROM it inherits the output and passes it on.
 */
function feedsTargetPlatform(df, stage, reachable, target, copied = () => true) {
    // A target that inherits `--platform=$BUILDPLATFORM` through `FROM base` is itself the image shipped.
    if (target?.index === stage.index)
        return true;
    const seen = new Set([stage.index]);
    const queue = [stage.index];
    while (queue.length > 0) {
        const index = queue.shift();
        for (const consumer of df.stages) {
            if (!reachable.has(consumer.index) || seen.has(consumer.index))
                continue;
            const uses = consumer.dependencies.filter((d) => d.source.kind === 'stage' && d.source.stage === index);
            if (uses.length === 0)
                continue;
            const brings = uses.some((d) => d.kind === 'from' || copiedSources(consumer, d.instruction).some(copied));
            if (!brings)
                continue;
            // `FROM scratch AS out` + `COPY --from=build`: a pass-through; the binary runs where that goes.
            const passThrough = consumer.base.kind === 'scratch' && consumer.instructions.every((i) => i.keyword !== 'RUN') && consumer.index !== target?.index;
            if (!onBuildPlatform(df, consumer) && !passThrough)
                return true;
            if (passThrough || uses.some((d) => d.kind === 'from') || target?.index === consumer.index) {
                if (target?.index === consumer.index)
                    return true;
                seen.add(consumer.index);
                queue.push(consumer.index);
            }
        }
    }
    return false;
}
function copiedSources(stage, ins) {
    return copySpec(stage, ins)?.sources ?? [];
}
/** Sources that carry installed dependencies with native code: node_modules, a virtualenv, site-packages, wheels. */
const NATIVE_DEPENDENCIES = /(^|\/)(node_modules|\.?venv|site-packages|dist-packages|wheels?|install|\.local)(\/|$)|\.whl$|^\/?(app|usr\/src\/app)?\/?$/;
/** WebAssembly (`cargo build --target wasm32-wasi`, `GOOS=wasip1 GOARCH=wasm`) runs on any platform. */
function buildsWasm(step) {
    const cmd = step.command;
    return cmd.args.some((a) => /wasm/.test(a.value)) || cmd.assignments.some((a) => /wasm/.test(a.value)) || /\bwasm/.test(step.instruction.args);
}
const FIX = {
    go: 'declare `ARG TARGETOS TARGETARCH` and build with `GOOS=$TARGETOS GOARCH=$TARGETARCH go build …`',
    rust: 'declare `ARG TARGETPLATFORM` and cross-compile with `--target` (tonistiigi/xx’s `xx-cargo` picks the triple)',
    c: 'declare `ARG TARGETPLATFORM` and cross-compile (tonistiigi/xx’s `xx-clang` sets up the target toolchain)',
};
const crossBuildIgnoresTargetPlatform = {
    id: 'cross-build-ignores-target-platform',
    title: 'A stage on the build platform compiles without using the target platform',
    severity: 'warning',
    scope: 'reachable',
    aliases: [],
    checkStage(stage, ctx) {
        const df = ctx.dockerfile;
        if (!onBuildPlatform(df, stage))
            return;
        // The image shipped is itself on the build platform (`FROM base` inherits the pin): a dev
        // environment is meant to run where it is built; anything else is one finding, at the pin.
        const target = ctx.target;
        if (target && chainOf(df, target).some((s) => s.index === stage.index)) {
            if (isDevelopmentImage(df, target))
                return;
            const pin = chainOf(df, target).find((s) => s.platform !== null && BUILD_PLATFORM.test(s.platform));
            if (pin?.index !== stage.index || targetPlatformUse(chainOf(df, target))?.kind === 'declared')
                return;
            ctx.reportAt(pin.from, `${pin.index === target.index ? 'The image you ship is pinned' : `The image you ship is built FROM this stage, which is pinned`} to the build platform (\`--platform=$BUILDPLATFORM\`)${pin.index !== target.index ? ` and inherited by ${stageLabel(target)}` : ''}: \`docker buildx build --platform linux/arm64\` on an amd64 runner ships an amd64 image labelled arm64. Pin only the stages that build platform-independent output or cross-compile, and start the shipped stage from an image without \`--platform\`.`);
            return;
        }
        // A shipped image pinned to the build platform is reported once, at its pin: that is the fix.
        if (target && onBuildPlatform(df, target) && !isDevelopmentImage(df, target))
            return;
        // JavaScript bundles, jars and wheels run anywhere: building them natively is the point of
        // `--platform=$BUILDPLATFORM`. Only native code cares about the target.
        const step = stage.instructions
            .flatMap(buildSteps)
            .find((s) => (s.ecosystem === 'go' || s.ecosystem === 'rust' || s.ecosystem === 'c') && !buildsWasm(s));
        const use = targetPlatformUse(chainOf(df, stage));
        if (use?.kind === 'declared')
            return;
        const undeclared = use ? ` (\`$${use.name}\` on line ${use.line} is never declared in the stage, so it expands to nothing: add \`ARG ${use.name}\`)` : '';
        if (step) {
            if (!feedsTargetPlatform(df, stage, ctx.reachable, ctx.target))
                return;
            ctx.reportAt(step.instruction, `\`${step.label}\` runs in ${stageLabel(stage)}, which is pinned to the build platform (\`--platform=$BUILDPLATFORM\`), and nothing passes the target platform in${undeclared}: \`docker buildx build --platform linux/arm64\` on an amd64 runner ships an amd64 binary. To cross-compile, ${FIX[step.ecosystem]}.`);
            return;
        }
        // node-gyp addons and C-extension wheels compiled here are for the build platform too, once the
        // installed dependencies themselves (not a bundle) are copied into a target-platform stage.
        const install = stage.instructions.map((i) => ({ i, cmd: dependencyInstall(i) })).find((x) => x.cmd && /^(npm|yarn|pnpm|bun|pip\d?|python\d?|uv|poetry|pipenv)$/.test(x.cmd.base));
        if (!install)
            return;
        if (!feedsTargetPlatform(df, stage, ctx.reachable, ctx.target, (s) => NATIVE_DEPENDENCIES.test(s)))
            return;
        const label = [install.cmd.base, install.cmd.args[0]?.value].filter(Boolean).join(' ');
        ctx.reportAt(install.i, `\`${label}\` installs dependencies in ${stageLabel(stage)}, which is pinned to the build platform, and they are copied into an image for the target platform: native modules (node-gyp addons, C-extension wheels) are compiled for the build platform${undeclared}. Install dependencies in a stage on the target platform (no \`--platform\`), and keep \`$BUILDPLATFORM\` for platform-independent output such as bundles.`);
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/dev-server-in-image.ts


const NODE_SPLIT = 'build in a stage (`npm run build`) and start the built app in a slim runtime stage with production dependencies only';
const NODE_SCRIPT = /^(dev|develop|serve|watch|start:dev|dev:[\w:-]+|start:watch)$/;
/** Node tools whose default or named subcommand serves with reloading: tool → subcommands (empty: any). */
const NODE_DEV_TOOLS = {
    nodemon: { sub: null, production: '`node` on the built entry point' },
    'ts-node-dev': { sub: null, production: '`node` on the compiled JavaScript (`tsc` in the build stage)' },
    'ts-node': { sub: null, production: '`node` on the compiled JavaScript (`tsc` in the build stage)' },
    'webpack-dev-server': { sub: null, production: 'the bundle served by a web server (nginx) or the app server' },
    vite: { sub: /^(dev|serve)?$/, production: '`vite build` in a build stage, the `dist/` folder served by nginx' },
    next: { sub: /^dev$/, production: '`next build` in a build stage and `next start` (or the standalone `server.js`)' },
    nuxt: { sub: /^dev$/, production: '`nuxt build` in a build stage and `node .output/server/index.mjs`' },
    ng: { sub: /^(serve|s)$/, production: '`ng build` in a build stage, `dist/` served by nginx' },
    'react-scripts': { sub: /^start$/, production: '`react-scripts build` in a build stage, `build/` served by nginx' },
    craco: { sub: /^start$/, production: '`craco build` in a build stage, `build/` served by nginx' },
    'vue-cli-service': { sub: /^serve$/, production: '`vue-cli-service build`, `dist/` served by nginx' },
    gatsby: { sub: /^develop$/, production: '`gatsby build`, `public/` served by nginx' },
    astro: { sub: /^dev$/, production: '`astro build` and its server entry or static output' },
    webpack: { sub: /^serve$/, production: 'the bundle served by a web server (nginx) or the app server' },
    tsx: { sub: /^watch$/, production: '`node` on the compiled JavaScript' },
};
function nodeScript(words) {
    const [tool, ...rest] = words;
    const ops = rest.filter((w) => !w.startsWith('-'));
    const script = ops[0] === 'run' || ops[0] === 'run-script' ? ops[1] : tool === 'npm' ? undefined : ops[0];
    if (script === undefined || !NODE_SCRIPT.test(script))
        return null;
    return { shown: `${tool} ${ops[0] === script ? script : `run ${script}`}`, production: NODE_SPLIT };
}
/** The dev server a program's words start, if they start one. */
function devServerOf(words, env) {
    let w = [...words];
    if (['npx', 'pnpx', 'bunx'].includes(w[0] ?? '') || (w[0] === 'yarn' && w[1] === 'exec') || (w[0] === 'pnpm' && w[1] === 'exec')) {
        w = w.slice(w[0] === 'yarn' || w[0] === 'pnpm' ? 2 : 1).filter((x, i) => i > 0 || !x.startsWith('-'));
    }
    if (w[0] === 'bundle' && w[1] === 'exec')
        w = w.slice(2);
    const name = w[0];
    if (!name)
        return null;
    const base = name.slice(name.lastIndexOf('/') + 1);
    const args = w.slice(1);
    const operands = args.filter((a) => !a.startsWith('-'));
    if (['npm', 'yarn', 'pnpm', 'bun'].includes(base))
        return nodeScript([base, ...args]);
    const tool = NODE_DEV_TOOLS[base.replace(/^@[\w-]+\//, '')];
    // A subcommand is a word (`vite build`), not a flag's value (`vite --host 0.0.0.0`).
    const sub = operands.find((o) => /^[a-z][\w:-]*$/.test(o)) ?? '';
    if (tool && (tool.sub === null || tool.sub.test(sub))) {
        return { shown: [base, ...(tool.sub && sub ? [sub] : [])].join(' '), production: tool.production };
    }
    if (base === 'nest' && operands[0] === 'start' && args.some((a) => a === '--watch' || a === '-w' || a === '--dev')) {
        return { shown: 'nest start --watch', production: '`nest build` in a build stage and `node dist/main`' };
    }
    if (/^python[\d.]*$/.test(base) || base === 'django-admin') {
        const manage = base === 'django-admin' ? 0 : operands.findIndex((o) => /(^|\/)manage\.py$/.test(o));
        const sub = base === 'django-admin' ? operands[0] : manage >= 0 ? operands[manage + 1] : undefined;
        if (sub === 'runserver')
            return { shown: 'manage.py runserver', production: 'a WSGI/ASGI server: `gunicorn <project>.wsgi` (or `uvicorn <project>.asgi:application`)' };
        if (args[0] === '-m' && args[1] === 'flask' && args[2] === 'run')
            return flaskRun(args.slice(3), env);
        if (args[0] === '-m' && /^(uvicorn|hypercorn)$/.test(args[1] ?? '') && args.includes('--reload'))
            return reload(args[1]);
        return null;
    }
    if (base === 'flask' && operands[0] === 'run')
        return flaskRun(args, env);
    if (base === 'fastapi' && operands[0] === 'dev')
        return { shown: 'fastapi dev', production: '`fastapi run` (or `uvicorn main:app` without `--reload`)' };
    if (/^(uvicorn|hypercorn|gunicorn)$/.test(base) && args.includes('--reload'))
        return reload(base);
    if (base === 'php' && operands[0] === 'artisan' && operands[1] === 'serve') {
        return { shown: 'php artisan serve', production: 'php-fpm behind nginx (or FrankenPHP / Octane)' };
    }
    if (base === 'php' && args[0] === '-S')
        return { shown: 'php -S', production: 'php-fpm behind nginx, or `php:<version>-apache`' };
    if (base === 'symfony' && /^(serve|server:start)$/.test(operands[0] ?? ''))
        return { shown: `symfony ${operands[0]}`, production: 'php-fpm behind nginx' };
    if (base === 'rails' && /^(s|server)$/.test(operands[0] ?? '')) {
        const envFlag = args.findIndex((a) => a === '-e' || a === '--environment');
        const railsEnv = envFlag >= 0 ? args[envFlag + 1] : (args.find((a) => a.startsWith('--environment='))?.split('=')[1] ?? env.get('RAILS_ENV'));
        if (railsEnv === 'development')
            return { shown: 'rails server (development)', production: '`RAILS_ENV=production` with precompiled assets, or `bundle exec puma -C config/puma.rb`' };
        return null;
    }
    if (base === 'dotnet' && operands[0] === 'watch')
        return { shown: 'dotnet watch', production: '`dotnet publish` in an SDK stage and `dotnet app.dll` on `mcr.microsoft.com/dotnet/aspnet`' };
    if (base === 'air' || base === 'reflex' || base === 'CompileDaemon')
        return { shown: base, production: 'the binary `go build` makes in a build stage' };
    return null;
}
function flaskRun(args, env) {
    const debug = args.includes('--debug') || args.includes('--reload') || env.get('FLASK_DEBUG') === '1' || env.get('FLASK_ENV') === 'development';
    return { shown: debug ? 'flask run --debug' : 'flask run', production: 'a WSGI server: `gunicorn app:app` (Flask\'s own server is for development only)' };
}
function reload(server) {
    return { shown: `${server} --reload`, production: `\`${server}\` without \`--reload\` (it restarts workers on file changes and watches the source tree)` };
}
/** The program words of a CMD/ENTRYPOINT pair; a shell-form command runs its last command (`npm install && npm run dev`). */
function startProgram(entrypoint, cmd, words) {
    const shellForm = (entrypoint && !entrypoint.execForm ? entrypoint : null) ?? (!entrypoint && cmd && !cmd.execForm ? cmd : null);
    if (shellForm) {
        const commands = parseShell(shellForm.args).commands.filter((c) => !c.substitution && c.depth === 0);
        const last = commands[commands.length - 1];
        return last ? programWords([last.name, ...last.args.map((a) => a.value)]) : [];
    }
    return programWords(words);
}
/** `npm start` / `yarn start` / `npm run serve`: what the script in the context's package.json runs. */
function scriptDevServer(words, pkg, env) {
    if (!pkg)
        return null;
    const script = scriptName(words);
    const body = script === null ? undefined : pkg.scripts[script];
    if (script === null || body === undefined)
        return null;
    const commands = parseShell(body).commands.filter((c) => !c.substitution && c.depth === 0);
    for (const cmd of commands) {
        const server = devServerOf([cmd.name, ...cmd.args.map((a) => a.value)], env);
        // Rendered inside backticks: `npm start` (package.json: `vite --host` is a development server.
        if (server)
            return { shown: `${words.slice(0, words.indexOf(script) + 1).join(' ')}\` (package.json: \`${body.replace(/`/g, "'")}`, production: server.production };
    }
    return null;
}
/** The package.json script a Node package manager runs: `npm start` → start, `yarn dev` → dev, `npm run serve` → serve. */
function scriptName(words) {
    const [tool, ...rest] = words;
    if (!tool || !['npm', 'yarn', 'pnpm', 'bun'].includes(tool.slice(tool.lastIndexOf('/') + 1)))
        return null;
    const ops = rest.filter((w) => !w.startsWith('-'));
    if (ops[0] === 'run' || ops[0] === 'run-script')
        return ops[1] ?? null;
    if (ops[0] === 'start' || ops[0] === 'test')
        return ops[0];
    return tool.endsWith('npm') ? null : (ops[0] ?? null);
}
const devServerInImage = {
    id: 'dev-server-in-image',
    title: 'The image you ship starts a development server or file watcher',
    severity: 'warning',
    scope: 'shipped',
    aliases: [],
    checkFile(ctx) {
        const target = ctx.target;
        if (!target || isDevelopmentImage(ctx.dockerfile, target))
            return;
        const chain = shippedChain(ctx);
        const start = startCommandOf(chain);
        const at = start.cmd ?? start.entrypoint;
        if (!at || start.words.length === 0)
            return;
        const env = new Map();
        for (const [key, value] of at.scope.env)
            if (value !== null)
                env.set(key, value);
        const program = startProgram(start.entrypoint, start.cmd, start.words);
        const server = devServerOf(program, env) ?? scriptDevServer(program, ctx.packageJson && copiesContextPackageJson(chain) ? ctx.packageJson : null, env);
        if (!server)
            return;
        ctx.reportAt(at, `\`${server.shown}\` is a development server: it watches and rebuilds the sources, needs the dev tooling in the image, and is not built for production traffic. ` +
            `Run ${server.production}; a build stage plus a slim runtime stage replaces it. Keep the dev server for a \`dev\` target (\`docker build --target dev\`).`);
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/dev-dependencies-shipped.ts



const devDependenciesShipped = {
    id: 'dev-dependencies-shipped',
    title: 'Development dependencies (devDependencies, require-dev, dev groups) reach the image you ship',
    severity: 'warning',
    scope: 'shipped',
    aliases: [],
    checkFile(ctx) {
        const chain = productionAppChain(ctx);
        if (!chain)
            return;
        const df = ctx.dockerfile;
        // What the image holds at its end: development dependencies removed by a later instruction are gone
        // from its filesystem, and the layer that still holds them is cleanup-in-later-layer's.
        for (const install of otherDevInstalls(df, chain).live) {
            if (install.via === null) {
                reportInstalledHere(ctx, install.instruction, `\`${install.label}\` also installs the development dependencies into the image you ship: ${install.fix}.`);
                continue;
            }
            const origin = install.origin ?? install;
            const originStage = df.stages[origin.instruction.stage];
            ctx.reportAt(install.instruction, `This copies what \`${origin.label}\` installed in ${originStage ? stageLabel(originStage) : stageLabel(install.via)} (line ${origin.instruction.line}), development dependencies included, into the image you ship: ${origin.fix} there, or install the production dependencies in a stage of their own and copy from it.`);
        }
        // The context's package.json, when the image takes it from there: without devDependencies there is
        // nothing to omit; a start script that needs them (vite, nodemon, next dev) is dev-server-in-image's
        // finding, and `--omit=dev` would break the image.
        const pkg = contextPackageJson(ctx, chain);
        if (pkg && pkg.devDependencies.length === 0)
            return;
        if (pkg && scriptDevServer(programWords(startCommandOf(chain).words), pkg, new Map()))
            return;
        for (const modules of nodeDevModules(df, chain).live) {
            if (modules.via === null) {
                reportInstalledHere(ctx, modules.instruction, `\`${modules.label}\` also installs the devDependencies \`package.json\` lists into the image you ship: add \`${PROD_FLAG[modules.tool]}\` (or set \`NODE_ENV=production\`), or run \`${PRUNE[modules.tool]}\` once the build no longer needs them, in the same RUN.`);
            }
            else {
                const origin = devModulesOrigin(df, modules.via);
                ctx.reportAt(modules.instruction, `\`node_modules\` comes from ${stageLabel(modules.via)}, where \`${origin?.label ?? modules.label}\`${origin ? ` (line ${origin.instruction.line})` : ''} also installed devDependencies: the image ships the build tooling. ` +
                    `Install production dependencies in their own stage (\`${modules.tool} ${modules.tool === 'npm' ? 'ci' : 'install'} ${PROD_FLAG[modules.tool]}\`) and copy node_modules from there, or run \`${PRUNE[modules.tool]}\` in ${stageLabel(modules.via)} after the build.`);
            }
        }
    },
};
/**
 * An install of the development dependencies in the image itself. When that image also builds the app,
 * single-stage-build's fix (a build stage, then a runtime stage with production dependencies only)
 * removes them too: one problem, carried as its related line.
 */
function reportInstalledHere(ctx, ins, message) {
    ctx.report({ line: ins.line, endLine: ins.endLine, column: ins.column, stage: ins.stage, message, partOf: { rule: singleStageBuild.id } });
}

;// CONCATENATED MODULE: ./src/lint/rules/shared/cache-cleanup.ts


/** Removing every cache at once. */
const ALL_CACHES = ['/var/cache', '/var/cache/', '/var/cache/*'];
/** `rm` of one of the cache folders or something inside them (`rm -rf /var/cache/yum/*`), or of /var/cache itself. */
function removesCache(cmd, cacheDirs) {
    if (!isCommand(cmd, 'rm'))
        return false;
    return positionalArgs(cmd).some((path) => ALL_CACHES.includes(path) || cacheDirs.some((dir) => path === dir || path.startsWith(`${dir}/`) || path.startsWith(`${dir}*`)));
}
/**
 * The install whose cache is still in the layer when the RUN ends: the last install with no cleanup
 * after it. Cleaning before installing (`yum clean all && yum install …`) does not count.
 */
function uncleanedInstall(commands, spec) {
    let pending = null;
    for (const cmd of commands) {
        if (spec.isInstall(cmd))
            pending = cmd;
        else if (pending && (spec.isCleanup(cmd, pending) || removesCache(cmd, spec.cacheDirs)))
            pending = null;
    }
    return pending;
}
/**
 * The shared check of yum-, dnf- and zypper-cache-not-cleaned. Only stages whose filesystem ends up in
 * the built image matter (a builder stage's cache never ships), and a cache mount keeps the cache out
 * of the layer altogether. ONBUILD triggers are always checked: they run in images built from this
 * one, which this file cannot see.
 */
function checkCacheCleanup(ctx, spec) {
    for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
        if (run === instruction && !isShipped(ctx, instruction))
            continue;
        if (hasCacheMount(run, spec.cacheDirs))
            continue;
        const install = uncleanedInstall(executedCommands(run), spec);
        if (install)
            ctx.reportAt(instruction, spec.message(install));
    }
}

;// CONCATENATED MODULE: ./src/lint/rules/dnf-cache-not-cleaned.ts



const DNF = ['dnf', 'microdnf'];
/** dnf actions that download packages into the cache. */
const INSTALL_ACTIONS = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei'];
const dnfCacheNotCleaned = {
    id: 'dnf-cache-not-cleaned',
    title: '`dnf clean all` should follow dnf install in the same RUN',
    severity: 'warning',
    scope: 'shipped',
    aliases: ['DL3040'],
    checkFile(ctx) {
        checkCacheCleanup(ctx, {
            isInstall: (cmd) => DNF.includes(cmd.base) && hasAnyArg(cmd, INSTALL_ACTIONS),
            // The same tool must clean: `microdnf clean all` does not empty dnf's cache, and the reverse.
            isCleanup: (cmd, install) => cmd.base === install.base && subcommand(cmd) === 'clean',
            cacheDirs: ['/var/cache/libdnf5', '.cache/libdnf5', '/var/cache/dnf', '/var/cache/yum'],
            message: (install) => `\`dnf clean all\` missing after dnf command: the packages and metadata \`${describeCommand(install)}\` downloaded stay in the image; end the same RUN with \`&& ${install.base} clean all\` (or mount a cache at /var/cache/libdnf5)`,
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/shared/format.ts
/** A short list for messages: `a`, `b` and `c`; `a`, `b`, `c` and 2 more. */
function listWords(words, max = 3) {
    const shown = words.slice(0, max).map((w) => `\`${w}\``);
    const more = words.length - shown.length;
    if (more > 0)
        return `${shown.join(', ')} and ${more} more`;
    if (shown.length <= 1)
        return shown.join('');
    return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
/** A value shown in a message: quoted, shortened when long. */
function showValue(value) {
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
}

;// CONCATENATED MODULE: ./src/lint/rules/dnf-install-unpinned.ts



const dnf_install_unpinned_DNF = ['dnf', 'microdnf'];
const dnfInstallUnpinned = {
    id: 'dnf-install-unpinned',
    title: 'dnf install should pin package versions',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3041'],
    checkFile(ctx) {
        for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
            const isDefined = definedVariables(ctx.dockerfile, run);
            const packages = [];
            const modules = [];
            let tool = 'dnf';
            for (const cmd of executedCommands(run)) {
                const request = rpmRequest(cmd, dnf_install_unpinned_DNF);
                if (!request)
                    continue;
                const unpinned = request.packages.filter((p) => !isPinnedRpm(p, isDefined));
                const unstreamed = request.modules.filter((m) => !isPinnedModule(m));
                if (unpinned.length + unstreamed.length > 0 && packages.length + modules.length === 0)
                    tool = cmd.base;
                packages.push(...unpinned);
                modules.push(...unstreamed);
            }
            if (packages.length > 0) {
                ctx.reportAt(instruction, `Specify version with \`${tool} install -y <package>-<version>\`: ${listWords(packages)} ${packages.length === 1 ? 'is' : 'are'} not pinned, so each build may install a different release; write e.g. \`${packages[0]}-<version>\``);
            }
            else if (modules.length > 0) {
                ctx.reportAt(instruction, `Specify version with \`${tool} module install -y <module>:<stream>\`: module ${listWords(modules)} names no stream; write e.g. \`${modules[0]}:<stream>\``);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/dnf-install-without-yes.ts


const dnf_install_without_yes_DNF = ['dnf', 'microdnf'];
const dnf_install_without_yes_INSTALL_ACTIONS = ['install', 'groupinstall', 'localinstall'];
const dnfInstallWithoutYes = {
    id: 'dnf-install-without-yes',
    title: 'dnf install should run with -y so the build does not wait for a confirmation',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3038'],
    checkFile(ctx) {
        for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
            const cmd = executedCommands(run).find((c) => dnf_install_without_yes_DNF.includes(c.base) && hasAnyArg(c, dnf_install_without_yes_INSTALL_ACTIONS) && !hasAnyFlag(c, ['y', 'assumeyes']));
            if (!cmd)
                continue;
            ctx.reportAt(instruction, `Use the -y switch to avoid manual input: \`${describeCommand(cmd)}\` asks for a confirmation no one can give during a build; write \`${cmd.base} install -y …\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/duplicate-stage-name.ts
const duplicateStageName = {
    id: 'duplicate-stage-name',
    title: 'Stage names should be unique',
    severity: 'warning',
    scope: 'all',
    aliases: ['DuplicateStageName', 'DL3024'],
    checkFile(ctx) {
        const firstLine = new Map();
        for (const stage of ctx.dockerfile.stages) {
            if (stage.name === null)
                continue;
            const first = firstLine.get(stage.id);
            if (first === undefined) {
                firstLine.set(stage.id, stage.from.line);
                continue;
            }
            ctx.reportAt(stage.from, `Duplicate stage name "${stage.id}", stage names should be unique: the stage on line ${first} has it too, so \`--target ${stage.id}\` and \`COPY --from=${stage.id}\` can only reach one of them; rename one`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/env-self-reference.ts

/**
 * Variables an ENV both defines and uses in another of its pairs. All values of one ENV are expanded
 * with the environment from before it, so such a use sees the old value (or nothing), not the new one.
 * Using a variable in its own pair (`PATH=/x:$PATH`) is the normal way to extend it.
 */
function selfReferences(ins, definedBefore, escapeChar) {
    // Which pairs use each name, read once per pair (an ENV can hold thousands of pairs).
    const users = new Map();
    ins.pairs.forEach((pair, index) => {
        if (pair.rawValue === null)
            return;
        for (const name of new Set(referencedVariables(pair.rawValue, escapeChar)))
            (users.get(name) ?? users.set(name, []).get(name)).push(index);
    });
    const out = [];
    ins.pairs.forEach((pair, index) => {
        if (definedBefore(pair.key))
            return;
        for (const user of users.get(pair.key) ?? [])
            if (user !== index)
                out.push({ user: ins.pairs[user].key, variable: pair.key });
    });
    return out;
}
const envSelfReference = {
    id: 'env-self-reference',
    title: 'Do not refer to an environment variable within the same `ENV` statement where it is defined',
    severity: 'error',
    scope: 'all',
    aliases: ['DL3044'],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        // Before the first FROM the model keeps no scope; remember what earlier fragments defined.
        const preambleNames = new Set();
        for (const ins of df.instructions) {
            if (ins.stage < 0 && (ins.keyword === 'ARG' || ins.keyword === 'ENV')) {
                if (ins.keyword === 'ENV')
                    check(ins, (name) => preambleNames.has(name));
                for (const pair of ins.pairs)
                    preambleNames.add(pair.key);
                continue;
            }
            if (ins.keyword === 'ENV')
                check(ins, (name) => ins.scope.env.has(name) || ins.scope.args.has(name));
        }
        function check(ins, definedBefore) {
            const found = selfReferences(ins, definedBefore, df.escapeChar);
            const first = found[0];
            if (!first)
                return;
            ctx.reportAt(ins, 'Do not refer to an environment variable within the same `ENV` statement where it is defined: ' +
                `\`${first.user}\` uses \`$${first.variable}\`, but the \`${first.variable}\` set here is not visible until the next instruction, ` +
                `so \`${first.user}\` gets the old (empty) value. Set \`${first.variable}\` in an \`ENV\` of its own first`);
        }
    },
};

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./src/lint/expose.ts



function splitParts(raw) {
    const parts = raw.split(':');
    const n = parts.length;
    if (n === 1)
        return { ip: '', hostPort: '', containerPort: parts[0] };
    if (n === 2)
        return { ip: '', hostPort: parts[0], containerPort: parts[1] };
    return { ip: parts.slice(0, n - 2).join(':'), hostPort: parts[n - 2], containerPort: parts[n - 1] };
}
function portRange(ports) {
    const [start, end] = ports.split(/-(.*)/s, 2);
    const number = (text) => (text !== undefined && /^[+-]?\d+$/.test(text) && Number(text) >= 0 && Number(text) <= 65535 ? Number(text) : null);
    const first = number(start);
    if (first === null)
        return null;
    if (end === undefined || end === start)
        return [first, first];
    const last = number(end);
    return last === null || last < first ? null : [first, last];
}
/** What BuildKit rejects after its lint checks have looked at the spec: a bad IP or port range. */
function isValidAfterLint(ip, hostPort, containerPort) {
    const address = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip;
    if (address !== '' && (0,external_node_net_namespaceObject.isIP)(address) === 0)
        return false;
    const container = portRange(containerPort);
    if (!container)
        return false;
    if (hostPort === '')
        return true;
    const host = portRange(hostPort);
    if (!host)
        return false;
    const sameSize = container[1] - container[0] === host[1] - host[0];
    return sameSize || container[0] === container[1];
}
/**
 * The port specs of an EXPOSE that BuildKit's checks see: words expanded (those depending on unknown
 * values skipped), in sorted order, up to the first spec the build would fail on.
 */
function exposedPorts(ins, variables, escapeChar) {
    const out = [];
    const words = parseWords(ins.args, escapeChar).sort();
    for (const word of words) {
        const expanded = variables_resolveWord(word, variables, escapeChar);
        if (expanded === null)
            continue;
        for (const raw of expanded.split(/\s+/).filter((w) => w !== '')) {
            const { ip, hostPort, containerPort } = splitParts(raw);
            const slash = containerPort.indexOf('/');
            const port = slash < 0 ? containerPort : containerPort.slice(0, slash);
            const proto = slash < 0 ? '' : containerPort.slice(slash + 1);
            if (port === '' || !['', 'tcp', 'udp', 'sctp'].includes(proto.toLowerCase()))
                return out;
            out.push({ raw, ip, hostPort, proto: proto || 'tcp' });
            if (!isValidAfterLint(ip, hostPort, port))
                return out;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/lint/rules/expose-invalid-format.ts




const exposeInvalidFormat = {
    id: 'expose-invalid-format',
    title: 'IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release',
    severity: 'warning',
    scope: 'all',
    aliases: ['ExposeInvalidFormat'],
    checkStage(stage, ctx) {
        const escapeChar = ctx.dockerfile.escapeChar;
        forEachInstructionVariables(ctx.dockerfile, stage, (ins, stageVariables) => {
            const checked = instructionToCheck(ins);
            if (checked.keyword !== 'EXPOSE')
                return;
            const variables = checked === ins ? stageVariables : triggerVariables(stageVariables, stage, ins);
            for (const port of exposedPorts(checked, variables, escapeChar)) {
                if (port.ip === '' && port.hostPort === '')
                    continue;
                const containerPort = port.raw.slice(port.raw.lastIndexOf(':') + 1);
                ctx.reportAt(ins, `EXPOSE instruction should not define an IP address or host-port mapping, found '${port.raw}': write \`${keywordAsWritten(checked)} ${containerPort}\` and publish it with \`docker run -p ${port.raw}\``);
            }
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/expose-port-out-of-range.ts

const MAX_PORT = 65535;
/** The port specs an EXPOSE lists, variables resolved where the stage defines them; unknown ones are dropped. */
function portSpecs(ins, escapeChar) {
    const out = [];
    for (const word of parseWords(ins.args, escapeChar)) {
        const exp = expandWord(word, scopeLookup(ins.scope), { escapeChar });
        if (exp.error || exp.unmatched.size > 0)
            continue;
        out.push(...exp.words);
    }
    return out;
}
/** `80000`, `40000-80000/tcp` → the numbers above 65535 it names; [] for valid or unreadable specs. */
function outOfRange(spec) {
    const ports = spec.split('/')[0];
    const bounds = ports.split('-');
    if (bounds.length > 2 || !bounds.every((b) => /^\d+$/.test(b)))
        return [];
    return bounds.map(Number).filter((p) => p > MAX_PORT);
}
const exposePortOutOfRange = {
    id: 'expose-port-out-of-range',
    title: 'Valid UNIX ports range from 0 to 65535',
    severity: 'error',
    scope: 'all',
    aliases: ['DL3011'],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        for (const ins of df.instructions) {
            const expose = instructionToCheck(ins);
            if (expose.keyword !== 'EXPOSE')
                continue;
            for (const spec of portSpecs(expose, df.escapeChar)) {
                const bad = outOfRange(spec);
                if (bad.length === 0)
                    continue;
                ctx.reportAt(ins, `Valid UNIX ports range from 0 to 65535: \`EXPOSE ${spec}\` names port ${bad.join(' and ')}, which no service can listen on. ` +
                    'Expose the port the process actually binds');
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/expose-proto-casing.ts




const exposeProtoCasing = {
    id: 'expose-proto-casing',
    title: 'Protocol in EXPOSE instruction should be lowercase',
    severity: 'warning',
    scope: 'all',
    aliases: ['ExposeProtoCasing'],
    checkStage(stage, ctx) {
        const escapeChar = ctx.dockerfile.escapeChar;
        forEachInstructionVariables(ctx.dockerfile, stage, (ins, stageVariables) => {
            const checked = instructionToCheck(ins);
            if (checked.keyword !== 'EXPOSE')
                return;
            const variables = checked === ins ? stageVariables : triggerVariables(stageVariables, stage, ins);
            for (const port of exposedPorts(checked, variables, escapeChar)) {
                if (port.proto === port.proto.toLowerCase())
                    continue;
                const fixed = port.raw.slice(0, port.raw.length - port.proto.length) + port.proto.toLowerCase();
                ctx.reportAt(ins, `Defined protocol '${port.raw}' in EXPOSE instruction should be lowercase: write \`${fixed}\``);
            }
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/final-stage-copies-context.ts


/** `.dockerignore` text with something in it besides comments and blank lines. */
function hasIgnoreRules(text) {
    return text !== null && text.split(/\r?\n/).some((l) => l.trim() !== '' && !l.trim().startsWith('#'));
}
const finalStageCopiesContext = {
    id: 'final-stage-copies-context',
    title: 'The image you ship copies the whole build context',
    severity: 'warning',
    scope: 'shipped',
    aliases: [],
    checkFile(ctx) {
        const chain = productionAppChain(ctx);
        if (!chain)
            return;
        // When the project is compiled (in the image or in a stage it copies from), the sources are dead
        // weight beside the output. When the sources are the app (a Python or Node app that is not
        // compiled), only what the context holds besides them is waste: a `.dockerignore` handles that.
        const builtElsewhereOrHere = projectCompiled(ctx.dockerfile, chain);
        if (!builtElsewhereOrHere && ctx.dockerignoreKnown && hasIgnoreRules(ctx.dockerignore))
            return;
        for (const stage of chain) {
            for (const ins of stage.instructions) {
                const spec = copySpec(stage, ins);
                const source = spec && wholeContextSource(spec);
                if (!spec || source === null || source === undefined)
                    continue;
                const written = `${ins.keyword} ${source} ${spec.dest}`;
                if (builtElsewhereOrHere) {
                    // Splitting the build out of the image (single-stage-build's fix) leaves the sources behind too.
                    ctx.report({
                        line: ins.line,
                        endLine: ins.endLine,
                        column: ins.column,
                        stage: ins.stage,
                        message: `\`${written}\` ships the whole source tree next to the build output the app runs from: copy the sources into the build stage only and \`COPY --from\` just the output.`,
                        partOf: { rule: singleStageBuild.id },
                    });
                }
                else {
                    ctx.reportAt(ins, `\`${written}\` ships everything in the build context — tests, docs, the Dockerfile, \`.git\` unless ignored: copy only the folders the app runs from, or list the rest in \`.dockerignore\`.`, 'info');
                }
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/final-stage-runs-as-root.ts



/** `root`, `0`, `root:staff`, `0:0`: the user part names the superuser. */
function isRootUser(user) {
    const name = user.trim().split(':')[0];
    return name === 'root' || name === '0';
}
/**
 * Base images known to start as root (Docker's official images, distroless without `nonroot`, the .NET
 * images): from the one base-image facts table. Anything else (a team's own base, bitnami, chainguard)
 * may set a USER of its own, which this file cannot see: those stay quiet.
 */
function startsAsRoot(image) {
    if (/nonroot|rootless|unprivileged/i.test(`${image.repository}:${image.tag ?? 'latest'}`))
        return false;
    return baseImageFacts(image)?.defaultUser === 'root';
}
/** The user to switch to, in the base image's own terms. */
function userAdvice(image) {
    if (image === null)
        return 'add `USER 65532:65532` (scratch has no user database: use a numeric uid)';
    const facts = baseImageFacts(image);
    if (image.repository.startsWith('distroless/'))
        return `use the \`${image.familiar}:nonroot\` variant, or add \`USER nonroot\``;
    if (facts?.appUser === 'app')
        return 'add `USER app` (the .NET 8+ images ship that user, uid 1654 in `$APP_UID`) after the steps that need root';
    if (facts?.appUser)
        return `add \`USER ${facts.appUser}\` (the ${image.basename} images ship that user) after the steps that need root`;
    if (facts?.packageManager === 'apk' || /alpine/.test(image.tag ?? '')) {
        return 'create a user (`RUN addgroup -S app && adduser -S -G app app`) and add `USER app` after the steps that need root';
    }
    return 'create a user (`RUN useradd --system --uid 10001 app`) and add `USER app` after the steps that need root';
}
/**
 * Servers that start as root on purpose and drop to an unprivileged user for their workers (nginx,
 * Apache, php-fpm, HAProxy), and init systems that run services under their own users (supervisord,
 * systemd, s6-overlay's `/init`): their images run "as root" by design.
 */
const DROPS_PRIVILEGES = /^(nginx|openresty|httpd|apache2|apache2-foreground|apachectl|php-fpm[\d.]*|haproxy|supervisord|init|systemd|s6-svscan|runsvdir)$/;
function startsPrivilegeDroppingServer(start) {
    if (start.keyword !== 'CMD' && start.keyword !== 'ENTRYPOINT')
        return false;
    const first = start.execForm ? start.execForm[0] : start.args.trim().split(/\s+/)[0];
    if (!first)
        return false;
    return DROPS_PRIVILEGES.test(first.slice(first.lastIndexOf('/') + 1));
}
/** Where the image starts its process: the CMD or ENTRYPOINT in effect, else the target's FROM. */
function startLine(chain, target) {
    const starts = instructionsOf(chain).filter((i) => i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT');
    return starts[starts.length - 1] ?? target.from;
}
function reportExplicitRoot(ctx, df, target, user, userLine) {
    const chain = ancestry(df, target);
    const ins = chain.flatMap((s) => s.instructions).find((i) => i.keyword === 'USER' && i.line === userLine);
    if (!ins)
        return;
    const image = target.name ? `the image built from stage \`${target.name}\`` : 'the image';
    const inherited = ins.stage !== target.index ? ` (inherited through \`FROM ${df.stages[ins.stage]?.name ?? ins.stage}\`)` : '';
    if (dropsPrivilegesAtStart(chainOf(df, target))) {
        // `USER root` beside a gosu/su-exec entrypoint: root only until the entrypoint drops privileges.
        ctx.reportAt(ins, `${image} starts as \`${user}\`${inherited}, and its entrypoint drops to another user with a privilege-dropping tool: ` +
            'make sure every path through the entrypoint drops, or start as the unprivileged user with `USER` when the entrypoint needs no root', 'info');
        return;
    }
    ctx.reportAt(ins, `Last USER should not be root: ${image} runs its processes as \`${user}\`${inherited}. ` +
        'Add `USER <non-root uid>` after the steps that need root, so a compromised process does not own the container');
}
/**
 * No USER anywhere in the chain: the image runs as the base image's user. Reported for app images
 * (they start an app built from the project, the seeds' case) on bases known to start as root.
 */
function reportDefaultRoot(ctx, df, target) {
    const chain = productionAppChain(ctx);
    if (!chain)
        return;
    if (projectCopies(chain).length === 0 && !takesFromOtherStages(chain))
        return;
    const base = rootBase(df, target);
    let image;
    if (base.kind === 'scratch')
        image = null;
    else if (base.kind === 'image' && base.image && startsAsRoot(base.image))
        image = base.image;
    else
        return;
    const start = startLine(chain, target);
    if (startsPrivilegeDroppingServer(start))
        return;
    // The entrypoint starts as root to fix ownership, then drops with gosu/su-exec: root by design.
    if (dropsPrivilegesAtStart(chain))
        return;
    const from = image ? `\`${formatImage(image)}\` starts as root` : '`scratch` has no users, so the process is uid 0';
    const created = createdUser(chain);
    const advice = created ? `add \`USER ${created.name}\` (the user line ${created.line} creates) after the steps that need root` : userAdvice(image);
    const low = lowPorts(chain);
    const ports = low.length > 0 ? `. ${low.length === 1 ? 'Port' : 'Ports'} ${low.join(', ')} ${low.length === 1 ? 'is' : 'are'} below 1024, which an unprivileged process cannot bind: listen on ${low.map((p) => p + 8000).join(', ')} instead (or grant \`CAP_NET_BIND_SERVICE\`)` : '';
    ctx.reportAt(start, `The image runs as root: ${from} and no USER follows. To run unprivileged, ${advice}${ports}`);
}
/** The user the chain creates (`useradd … saleor`, `adduser -S app`), which a USER can name: the last one created. */
function createdUser(chain) {
    let found = null;
    for (const ins of instructionsOf(chain)) {
        for (const cmd of runCommandsOf(ins)) {
            if (cmd.base !== 'useradd' && cmd.base !== 'adduser')
                continue;
            const ops = operands(cmd, ['u', 'uid', 'g', 'gid', 'G', 'groups', 'd', 'home', 'home-dir', 's', 'shell', 'c', 'comment', 'gecos', 'h', 'k', 'K', 'e', 'f', 'p', 'password', 'ingroup']);
            // BusyBox `adduser -S -G group user`; Debian `adduser --system user`; `useradd user`.
            const name = ops[ops.length - 1];
            if (name && /^[a-z_][\w.-]*\$?$/i.test(name) && name !== 'root')
                found = { name, line: ins.line };
        }
    }
    return found;
}
/** Ports below 1024 the chain EXPOSEs (numbers as written; variables are skipped). */
function lowPorts(chain) {
    const ports = new Set();
    for (const ins of instructionsOf(chain)) {
        if (ins.keyword !== 'EXPOSE')
            continue;
        for (const word of ins.args.split(/\s+/)) {
            const port = /^(\d+)(\/\w+)?$/.exec(word)?.[1];
            if (port && Number(port) > 0 && Number(port) < 1024)
                ports.add(Number(port));
        }
    }
    return [...ports].sort((a, b) => a - b);
}
const finalStageRunsAsRoot = {
    id: 'final-stage-runs-as-root',
    title: 'The image should not run as root',
    severity: 'warning',
    scope: 'shipped',
    aliases: ['DL3002'],
    checkFile(ctx) {
        const target = ctx.target;
        if (!target)
            return;
        // The USER the image starts with is the last one set along its FROM chain (the model carries it
        // through `FROM <stage>`); a root USER in a build stage nobody ships never reaches a container.
        const { user, userLine } = target.final;
        if (user !== null && userLine !== null) {
            if (isRootUser(user))
                reportExplicitRoot(ctx, ctx.dockerfile, target, user, userLine);
            return;
        }
        reportDefaultRoot(ctx, ctx.dockerfile, target);
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/final-stage-sdk-base.ts



const finalStageSdkBase = {
    id: 'final-stage-sdk-base',
    title: 'The image you ship is based on a build toolchain image that has a runtime variant',
    severity: 'warning',
    scope: 'shipped',
    aliases: [],
    checkFile(ctx) {
        const chain = shippedChain(ctx);
        if (chain.length === 0 || !ctx.target)
            return;
        const image = rootImage(ctx.dockerfile, ctx.target);
        if (!image)
            return;
        const toolchain = toolchainImage(image);
        if (!toolchain)
            return;
        // Only an app image (it starts something, and carries the project or artifacts from another stage)
        // can run on the runtime variant; the toolchain images themselves are built FROM their JDK or SDK.
        if (!isProductionApp(ctx.dockerfile, chain))
            return;
        if (!takesFromOtherStages(chain) && projectCopies(chain).length === 0)
            return;
        const instructions = instructionsOf(chain);
        const from = chain[0].from;
        // A chain that compiles, or starts through the SDK (`go run`, `mvn spring-boot:run`), needs the
        // toolchain until the build has a stage of its own: single-stage-build's finding, which carries this.
        const compiles = instructions.some((i) => buildSteps(i).length > 0) ||
            instructions.some((i) => (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && startCommands(i).some((c) => needsSdk(c, toolchain.ecosystem)));
        if (compiles) {
            ctx.report({
                line: from.line,
                endLine: from.endLine,
                column: from.column,
                stage: from.stage,
                message: `The image is based on \`${formatImage(image)}\`, which carries ${toolchain.carries}: once the build has its own stage, base the final stage on ${toolchain.runtime}.`,
                partOf: { rule: singleStageBuild.id, onlyAsRelated: true },
            });
            return;
        }
        // Running the SDK at build time (`dotnet ef`, `mvn` goals) needs it.
        if (instructions.some((i) => runCommandsOf(i).some((c) => needsSdk(c, toolchain.ecosystem))))
            return;
        ctx.reportAt(from, `The image you ship is based on \`${formatImage(image)}\`, which carries ${toolchain.carries} that the running app does not use: base the final stage on ${toolchain.runtime} and copy in only what runs.`);
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/from-as-casing.ts

function from_as_casing_isUniformCase(word) {
    return word === word.toLowerCase() || word === word.toUpperCase();
}
const fromAsCasing = {
    id: 'from-as-casing',
    title: "The 'as' keyword should match the case of the 'from' keyword",
    severity: 'warning',
    scope: 'all',
    aliases: ['FromAsCasing'],
    checkStage(stage, ctx) {
        const from = stage.from;
        const words = parseWords(from.args, ctx.dockerfile.escapeChar);
        if (words.length < 3)
            return;
        const as = words[1];
        // A FROM of mixed case is consistent-instruction-casing's finding, not this one's.
        if (!from_as_casing_isUniformCase(from.rawKeyword))
            return;
        const expected = from.rawKeyword === from.rawKeyword.toLowerCase() ? as.toLowerCase() : as.toUpperCase();
        if (as !== expected) {
            ctx.reportAt(from, `'${as}' and '${from.rawKeyword}' keywords' casing do not match: write \`${from.rawKeyword} … ${expected} ${words[2]}\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/from-platform-flag-const-disallowed.ts

const KNOWN_OS = new Set([
    'aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd',
    'plan9', 'solaris', 'wasip1', 'windows', 'zos',
]);
const KNOWN_ARCH = new Set([
    '386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le',
    'mips64p32', 'mips64p32le', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm',
]);
const ARCH_ALIASES = { i386: '386', x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', armhf: 'arm', armel: 'arm' };
/** The OS and architecture containerd's `platforms.Parse` makes of a value (on a linux/amd64 builder), or null. */
function parsePlatform(value) {
    if (value.includes('*'))
        return null;
    const parts = value.split('/');
    if (parts.length > 3)
        return null;
    const osPart = /^([A-Za-z0-9_-]+)(?:\([A-Za-z0-9_.-]*\))?$/.exec(parts[0]);
    if (!osPart || parts.slice(1).some((p) => !/^[A-Za-z0-9_.-]+$/.test(p)))
        return null;
    const os = osPart[1].toLowerCase() === 'macos' ? 'darwin' : osPart[1].toLowerCase();
    const arch = (name) => ARCH_ALIASES[name.toLowerCase()] ?? name.toLowerCase();
    if (parts.length > 1)
        return { os, arch: arch(parts[1]) };
    if (KNOWN_OS.has(os))
        return { os, arch: 'amd64' };
    return KNOWN_ARCH.has(arch(parts[0])) ? { os: 'linux', arch: arch(parts[0]) } : null;
}
const fromPlatformFlagConstDisallowed = {
    id: 'from-platform-flag-const-disallowed',
    title: 'FROM --platform flag should not use a constant value',
    severity: 'warning',
    scope: 'all',
    aliases: ['FromPlatformFlagConstDisallowed', 'DL3029'],
    checkStage(stage, ctx) {
        if (stage.platform === null)
            return;
        const expansion = expandWord(stage.platform, { get: () => undefined }, { escapeChar: ctx.dockerfile.escapeChar });
        if (expansion.error || expansion.matched.size > 0 || expansion.unmatched.size > 0)
            return;
        const platform = parsePlatform(expansion.result);
        if (!platform)
            return;
        // A stage named for its platform (`AS build-arm64`) pins it on purpose.
        const name = stage.name === null ? '' : stage.id;
        if (name.includes(platform.os) || name.includes(platform.arch))
            return;
        ctx.reportAt(stage.from, `FROM --platform flag should not use constant value ${JSON.stringify(expansion.result)}: use \`--platform=$BUILDPLATFORM\` for a stage that only builds, drop the flag to follow the target platform, or name the stage after the platform if it must be pinned`);
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/glibc-binary-on-musl.ts



/** A loader symlink that makes glibc binaries start on musl: `ln -s /lib/libc.musl-x86_64.so.1 /lib/ld-linux-x86-64.so.2`. */
const GLIBC_LOADER = /(^|\/)ld-linux[\w.-]*\.so(\.\d+)?$/;
/**
 * Whether a build step links against the C library dynamically: cgo left on for `go build` (the
 * golang images default to CGO_ENABLED=1), `cargo build` for a non-musl target, a C compile without
 * `-static`.
 */
function linksLibcDynamically(step) {
    const words = step.command.args.map((a) => a.value);
    const text = words.join(' ');
    if (/-static\b|extldflags[= ]+["']?-static/.test(text))
        return false;
    switch (step.ecosystem) {
        case 'go': {
            // Inline, through `env`, or exported in the RUN; else the ENV in scope; the golang images default to 1.
            if (/(^|[\s;&|(])CGO_ENABLED=["']?0\b/.test(step.instruction.args))
                return false;
            return (step.instruction.scope.env.get('CGO_ENABLED') ?? '1') !== '0';
        }
        case 'rust':
            return !words.some((w, i) => /musl/.test(w) && (words[i - 1] === '--target' || w.startsWith('--target=')));
        case 'c':
            return step.label !== 'make' && step.label !== 'cmake --build' && step.label !== 'ninja';
        default:
            return false;
    }
}
/** The first build step in a stage's chain that makes a glibc-linked binary, with the glibc image it ran on. */
function glibcBuild(df, stage) {
    const chain = chainOf(df, stage);
    const image = rootImage(df, stage);
    if (!image || baseImageFacts(image)?.libc !== 'glibc')
        return null;
    for (const s of chain) {
        for (const ins of s.instructions) {
            for (const step of buildSteps(ins))
                if (step.output === 'project' && linksLibcDynamically(step))
                    return { step, image: formatImage(image) };
        }
    }
    return null;
}
const glibcBinaryOnMusl = {
    id: 'glibc-binary-on-musl',
    title: 'A binary built against glibc runs on a musl (Alpine) image',
    severity: 'warning',
    scope: 'shipped',
    aliases: [],
    checkFile(ctx) {
        const target = ctx.target;
        if (!target)
            return;
        const df = ctx.dockerfile;
        const image = rootImage(df, target);
        if (!image || baseImageFacts(image)?.libc !== 'musl')
            return;
        const chain = shippedChain(ctx);
        const runtime = formatImage(image);
        // One finding per build stage, on the COPY that brings its binary (named by `-o`), else its first COPY.
        const copiesBySource = new Map();
        for (const stage of chain) {
            for (const ins of stage.instructions) {
                const spec = copySpec(stage, ins);
                if (spec?.from?.kind === 'stage')
                    copiesBySource.set(spec.from.stage, [...(copiesBySource.get(spec.from.stage) ?? []), ins]);
            }
        }
        for (const [sourceIndex, copies] of copiesBySource) {
            const source = df.stages[sourceIndex];
            const built = source ? glibcBuild(df, source) : null;
            if (!built)
                continue;
            const output = flagValues(built.step.command, 'o')[0]?.split('/').pop();
            const ins = copies.find((c) => output && c.args.split(/\s+/).some((w) => w.replace(/\/+$/, '').endsWith(`/${output}`) || w === output)) ?? copies[0];
            const fix = built.step.ecosystem === 'go'
                ? 'build with `CGO_ENABLED=0` (a static binary), or build FROM `golang:<version>-alpine`'
                : built.step.ecosystem === 'rust'
                    ? 'build for `--target x86_64-unknown-linux-musl` (or FROM `rust:<version>-alpine`), or run on `debian:bookworm-slim` / `gcr.io/distroless/cc`'
                    : 'link with `-static`, build on Alpine, or run on a glibc image such as `debian:bookworm-slim`';
            ctx.reportAt(ins, `\`${built.step.label}\` on line ${built.step.instruction.line} links against glibc on \`${built.image}\`, and this image runs it on \`${runtime}\`, which has musl: the binary fails to start ("not found") or misbehaves. To fix, ${fix}.`);
        }
        for (const ins of instructionsOf(chain)) {
            if (ins.keyword !== 'RUN')
                continue;
            const link = runCommands(ins)
                .map(unwrap)
                .find((c) => c.base === 'ln' && c.args.some((a) => GLIBC_LOADER.test(a.value)));
            if (link) {
                ctx.reportAt(ins, `A symlink to glibc's loader on \`${runtime}\` (musl) makes glibc binaries start, not work: symbols and behaviour differ, and crashes follow. Build the binary on Alpine or statically, or run it on a glibc image (\`debian:bookworm-slim\`, distroless).`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/gem-install-unpinned.ts

/**
 * gem install options that take no value. hadolint reads every other option as taking the next word;
 * knowing these keeps `gem install --no-document rails` from hiding `rails`.
 */
const GEM_SWITCHES = new Set([
    'N', 'no-document', 'no-ri', 'no-rdoc', 'document', 'conservative', 'minimal-deps', 'user-install', 'no-user-install', 'f', 'force',
    'no-force', 'l', 'local', 'r', 'remote', 'b', 'both', 'clear-sources', 'E', 'env-shebang', 'no-env-shebang', 'ignore-dependencies',
    'prerelease', 'no-prerelease', 'q', 'quiet', 'V', 'verbose', 'no-verbose', 'development', 'development-all', 'wrappers', 'no-wrappers',
    'norc', 'backtrace', 'debug', 'default', 'explain', 'lock', 'no-lock', 'post-install-message', 'no-post-install-message', 'suggestions',
    'no-suggestions', 'vendor', 'format-executable', 'no-format-executable', 'update-sources', 'no-update-sources', 'system', 'silent',
]);
function switchName(word) {
    return word.replace(/^--?/, '').split('=')[0];
}
/** The gems a `gem install` (or `gem i`) names; none when `-v`/`--version` pins them all. */
function installedGems(cmd) {
    if (cmd.base !== 'gem')
        return [];
    const args = cmd.args;
    const at = args.findIndex((a) => a.value === 'install' || a.value === 'i');
    if (at < 0)
        return [];
    if (args.some((a) => a.value === '-v' || a.value === '--version' || a.value.startsWith('--version=') || /^-v\S/.test(a.value)))
        return [];
    const gems = [];
    for (let i = 0; i < args.length; i++) {
        const word = args[i];
        // Everything after `--` goes to the gem's build, not to gem install.
        if (word.value === '--')
            break;
        if (i === at)
            continue;
        if (word.value.startsWith('-')) {
            if (!word.value.includes('=') && !GEM_SWITCHES.has(switchName(word.value)))
                i++;
            continue;
        }
        if (i > at)
            gems.push(word);
    }
    return gems;
}
/** `rails:7.1.3`, or a local `.gem` file. */
function gem_install_unpinned_isPinned(gem) {
    return gem.includes(':') || gem.endsWith('.gem');
}
const gemInstallUnpinned = {
    id: 'gem-install-unpinned',
    title: 'Pin versions in gem install',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3028'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            const unpinned = site.commands.flatMap((cmd) => unpinnedPackages(site, cmd, installedGems(cmd), gem_install_unpinned_isPinned));
            if (unpinned.length === 0)
                continue;
            ctx.reportAt(site.instruction, `Pin versions in gem install: ${noVersion(unpinned)}. ` +
                `Instead of \`gem install ${unpinned[0]}\` use \`gem install ${unpinned[0]}:<version>\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/go-install-unpinned.ts


/** Build flags of `go run/install/get` that take a value (`-tags netgo`, `-o /bin/app`). */
const GO_VALUE_FLAGS = [
    'C', 'o', 'p', 'tags', 'ldflags', 'gcflags', 'asmflags', 'gccgoflags', 'mod', 'modfile', 'overlay', 'pkgdir', 'buildmode', 'compiler',
    'exec', 'toolexec', 'installsuffix', 'pgo', 'covermode', 'coverpkg', 'buildvcs',
];
/**
 * The packages a go command fetches by path: for `go run`, the package it runs (what follows is the
 * program's arguments); for `go install` and `go get`, every package named.
 */
function fetchedPackages(cmd) {
    if (cmd.base !== 'go')
        return null;
    // Go flags are written with one dash and may be long (`-tags`): read them whole, not letter by letter.
    const words = operandWords({ ...cmd, args: cmd.args.map((a) => (/^-[a-zA-Z]{2,}$/.test(a.value) ? { ...a, value: `-${a.value}` } : a)) }, GO_VALUE_FLAGS);
    const [verb, ...rest] = words;
    if (!verb)
        return null;
    if (verb.value === 'run')
        return { command: cmd, verb: 'run', packages: rest.slice(0, 1) };
    if (verb.value === 'install' || verb.value === 'get')
        return { command: cmd, verb: verb.value, packages: rest.filter((w) => w.value !== 'tool') };
    return null;
}
/** `./cmd/app`, `.`, `/go/src/app`, `../x`, or a `.go` file: built from the source at hand. */
function isLocal(pkg) {
    return pkg.startsWith('.') || pkg.startsWith('/') || pkg.endsWith('.go');
}
/**
 * `std`, `cmd`, `all`, `net/http`, `myapp/cmd/server`: a path whose first element has no dot is no
 * module to download. It is the standard library (built by the toolchain at hand) or a package of the
 * main module or GOPATH, built from the source at hand; Go refuses `@version` on it ("missing dot in
 * first path element"). Written as a variable (`$PKG/cmd`), the path is judged once read.
 */
function takesNoVersion(pkg) {
    return /^[A-Za-z0-9_+-]+(\/|@|$)/.test(pkg);
}
/** A module version (`@v1.2.3`, `@<commit>`); `@latest` and `@none` name no fixed version. */
function go_install_unpinned_isPinned(pkg) {
    if (isLocal(pkg))
        return true;
    return pkg.includes('@') && !/@(latest|none)$/.test(pkg);
}
/**
 * Whether the RUN builds inside a Go module: it mounts a `go.mod`, or the image got one from an earlier
 * COPY or ADD. There `go install pkg` and `go run pkg` without `@version` take the version go.mod
 * requires (or fail), so they are pinned.
 */
function moduleAtHand(df, site) {
    const mountsGoMod = site.run.flags.some((f) => {
        if (f.name !== 'mount' || f.value === null)
            return false;
        const o = parseMountOptions(f.value);
        return [o.get('source'), o.get('src'), o.get('target'), o.get('dst'), o.get('destination')].some((v) => v?.endsWith('go.mod'));
    });
    if (mountsGoMod)
        return true;
    return someEarlier(df, site.instruction, copiesGoMod);
}
function copiesGoMod(ins) {
    return (ins.keyword === 'COPY' || ins.keyword === 'ADD') && /(^|[\s/"'])go\.(mod|\*)(\s|"|'|,|$)/.test(ins.args);
}
const goInstallUnpinned = {
    id: 'go-install-unpinned',
    title: 'Pin versions in go install',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3062'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            const found = site.commands.map(fetchedPackages).filter((f) => f !== null);
            // hadolint reads the `go run` packages when a RUN has any, else those of go install and go get.
            const runs = found.filter((f) => f.verb === 'run');
            const checked = runs.some((f) => f.packages.length > 0) ? runs : found.filter((f) => f.verb !== 'run');
            if (checked.length === 0)
                continue;
            const inModule = moduleAtHand(ctx.dockerfile, site);
            const unpinned = checked.flatMap((f) => 
            // `go get` keeps hadolint's reading (its tests report `go get -tool foobar`): it records a requirement in go.mod, which should name a version.
            unpinnedPackages(site, f.command, f.packages, (pkg) => go_install_unpinned_isPinned(pkg) || (f.verb !== 'get' && (takesNoVersion(pkg) || (inModule && !pkg.includes('@'))))));
            if (unpinned.length === 0)
                continue;
            const verb = checked.find((f) => f.packages.some((p) => unpinned.includes(p.value)))?.verb ?? 'install';
            const bare = unpinned[0].replace(/@(latest|none)$/, '');
            ctx.reportAt(site.instruction, `Pin versions in go: ${noVersion(unpinned, 'no fixed version')}. ` +
                `Instead of \`go ${verb} ${unpinned[0]}\` use \`go ${verb} ${bare}@<version>\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/healthcheck-missing.ts

const healthcheckMissing = {
    id: 'healthcheck-missing',
    title: '`HEALTHCHECK` instruction missing',
    severity: 'info',
    scope: 'shipped',
    aliases: ['DL3057'],
    off: true,
    checkFile(ctx) {
        const target = ctx.target;
        if (!target)
            return;
        // Only the image the build produces runs as a container; a HEALTHCHECK (even `HEALTHCHECK NONE`)
        // anywhere along its FROM chain is part of its configuration.
        const chain = ancestry(ctx.dockerfile, target);
        if (chain.some((stage) => stage.instructions.some((i) => i.keyword === 'HEALTHCHECK')))
            return;
        const image = target.name ? `the image built from stage \`${target.name}\`` : 'the image';
        ctx.reportAt(target.from, `\`HEALTHCHECK\` instruction missing: ${image} defines none, so Docker and orchestrators only know whether its process runs, not whether it serves. ` +
            'Add e.g. `HEALTHCHECK CMD wget -qO- http://localhost:8080/health || exit 1`, or `HEALTHCHECK NONE` to say it has none on purpose');
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/image-from-untrusted-registry.ts


/** hadolint's registry patterns: `*` (any), `*.corp.com` (suffix), `registry.*` (prefix), or an exact name. */
function registryMatches(pattern, registry) {
    if (pattern === '*')
        return true;
    if (pattern.startsWith('*'))
        return registry.endsWith(pattern.slice(1));
    if (pattern.endsWith('*'))
        return registry.startsWith(pattern.slice(0, -1));
    return registry === pattern;
}
function isTrusted(image, trusted) {
    // Docker Hub is written without a registry, or as docker.io; hadolint also accepts hub.docker.com for it.
    const names = image.explicitRegistry ? [image.registry] : ['docker.io', 'hub.docker.com'];
    return names.some((name) => trusted.some((pattern) => registryMatches(pattern, name)));
}
/** Images named in `--from` of COPY and `RUN --mount` before any FROM, where there is no stage to refer to. */
function preambleImages(ins) {
    const values = [];
    for (const flag of ins.flags) {
        if (!flag.value)
            continue;
        if (flag.name === 'from' && ins.keyword === 'COPY')
            values.push({ value: flag.value, how: 'COPY --from' });
        if (flag.name === 'mount' && ins.keyword === 'RUN') {
            const from = parseMountOptions(flag.value).get('from');
            if (from)
                values.push({ value: from, how: 'RUN --mount' });
        }
    }
    const out = [];
    for (const { value, how } of values) {
        const text = stripQuotes(value);
        if (text.includes('$') || /^\d+$/.test(text) || text === 'scratch')
            continue;
        const parsed = parseImageRef(text);
        if (parsed.ok)
            out.push({ instruction: ins, image: parsed.image, how });
    }
    return out;
}
function imageUses(ctx) {
    const df = ctx.dockerfile;
    const out = df.preamble.flatMap(preambleImages);
    for (const stage of df.stages) {
        for (const dep of stage.dependencies) {
            // Stages, build contexts and references whose ARGs have no default are not registry pulls we can judge.
            if (dep.source.kind !== 'image' || dep.source.image === null)
                continue;
            const how = dep.kind === 'from' ? 'FROM' : dep.kind === 'copy' ? 'COPY --from' : 'RUN --mount';
            out.push({ instruction: dep.instruction, image: dep.source.image, how });
        }
    }
    return out;
}
const imageFromUntrustedRegistry = {
    id: 'image-from-untrusted-registry',
    title: 'Use only an allowed registry in the FROM image',
    severity: 'error',
    scope: 'all',
    aliases: ['DL3026'],
    checkFile(ctx) {
        const trusted = ctx.settings.trustedRegistries;
        if (trusted.length === 0)
            return;
        for (const use of imageUses(ctx)) {
            if (isTrusted(use.image, trusted))
                continue;
            const registry = use.image.explicitRegistry ? use.image.registry : 'docker.io (Docker Hub)';
            ctx.reportAt(use.instruction, `Use only an allowed registry in the FROM image: ${use.how} \`${use.image.raw}\` comes from ${registry}, ` +
                `which is not among the trusted registries (${trusted.join(', ')}). Mirror the image into one of them, or add the registry to trustedRegistries`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/inline-ignore-pragma.ts
/** `# hadolint ignore=DL3008,DL3015` or `# stagecraft ignore=…` — not the `global` or `stage` forms. */
const INLINE_PRAGMA = /^(hadolint|stagecraft)\s+ignore\s*=\s*([\w\-.*]+(?:\s*,\s*[\w\-.*]+)*)/i;
const inlineIgnorePragma = {
    id: 'inline-ignore-pragma',
    title: 'Do not silence findings with inline ignore pragmas',
    severity: 'info',
    scope: 'all',
    aliases: ['DL1001'],
    off: true,
    checkFile(ctx) {
        const df = ctx.dockerfile;
        for (const comment of df.comments) {
            if (comment.embedded)
                continue;
            const pragma = INLINE_PRAGMA.exec(comment.text);
            if (!pragma)
                continue;
            const codes = pragma[2].split(',').map((c) => c.trim()).join(', ');
            const next = df.instructions.find((i) => i.line > comment.line);
            const where = next ? `on line ${next.line}` : 'on the next instruction';
            ctx.report({
                line: comment.line,
                message: `Please refrain from using inline ignore pragmas: \`# ${comment.text}\` silences ${codes} ${where}. ` +
                    'Fix the finding, or ignore the rule in `.hadolint.yaml` / `.stagecraft.yml` where exceptions are reviewed in one place',
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/instruction-before-from.ts

const instructionBeforeFrom = {
    id: 'instruction-before-from',
    title: 'Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment',
    severity: 'error',
    scope: 'all',
    aliases: ['DL3061'],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        const firstFrom = df.stages[0]?.from.line ?? null;
        for (const ins of df.preamble) {
            // Unknown words are parse-error's to report; ARG is the one instruction allowed before FROM.
            if (ins.keyword === 'ARG' || !KNOWN_KEYWORDS.has(ins.keyword))
                continue;
            const where = firstFrom !== null ? `the first \`FROM\` (line ${firstFrom})` : 'any `FROM`';
            ctx.reportAt(ins, `Invalid instruction order. Dockerfile must begin with \`FROM\`, \`ARG\` or comment: \`${ins.rawKeyword}\` comes before ${where}, ` +
                `where there is no stage for it to apply to. Move it after \`FROM\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/invalid-default-arg-in-from.ts


/**
 * The arguments that make a FROM invalid: those with no default, or an empty one. When every argument
 * has a non-empty default, a default itself is wrong (`ARG REGISTRY="my registry"`): all of them.
 */
function culprits(df, names, values) {
    const unset = names.filter((n) => (values.get(n) ?? '') === '' && df.globalArgs.some((a) => a.name === n));
    return unset.length > 0 ? unset : names;
}
/**
 * How to say an argument is required on purpose. BuildKit reads `check=skip=` for this check only as the
 * file's directive, so that comes first; the comment above the ARG is Stagecraft's (see `suppressibleAt`).
 */
function howToRequire(args) {
    const decl = args.map((n) => `\`ARG ${n}\``).join(', ');
    return (`If every build must pass ${args.map((n) => `\`--build-arg ${n}=…\``).join(' and ')} on purpose, say so: ` +
        `\`# check=skip=InvalidDefaultArgInFrom\` as the file's first line, \`# stagecraft ignore=InvalidDefaultArgInFrom\` above ${decl}, ` +
        'or `ignore: [InvalidDefaultArgInFrom]` in `.stagecraft.yml`');
}
const invalidDefaultArgInFrom = {
    id: 'invalid-default-arg-in-from',
    title: 'Default value for global ARG results in an empty or invalid base image name',
    severity: 'warning',
    scope: 'all',
    aliases: ['InvalidDefaultArgInFrom'],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        const { values, broken } = fromArguments(df);
        // BuildKit gives up on this check when the defaults themselves cannot be expanded.
        if (broken)
            return;
        const findings = [];
        // BuildKit reports every FROM; one missing default that breaks five FROMs is one thing to fix, so
        // the FROMs broken by the same arguments are one finding, on the first of them.
        const byArgs = new Map();
        for (const stage of df.stages) {
            const expansion = expandWord(stage.base.raw, { get: (name) => values.get(name) }, { escapeChar: df.escapeChar });
            if (expansion.error)
                return;
            const parsed = parseImageRef(expansion.result);
            if (parsed.ok)
                continue;
            const names = [...expansion.matched, ...expansion.unmatched];
            // Without variables no default is to blame: the build fails whatever the arguments (a parse-error).
            if (names.length === 0)
                continue;
            const args = culprits(df, names, values);
            const key = [...args].sort().join(' ');
            const earlier = byArgs.get(key);
            if (earlier) {
                earlier.alsoAt.push(stage.from.line);
                continue;
            }
            const finding = { from: stage.from, raw: stage.base.raw, result: expansion.result, reason: parsed.error, args, alsoAt: [] };
            byArgs.set(key, finding);
            findings.push(finding);
        }
        for (const { from, raw, result, reason, args, alsoAt } of findings) {
            const message = `Default value for ARG ${raw} results in empty or invalid base image name: `;
            const declared = df.globalArgs.filter((a) => args.includes(a.name)).map((a) => a.line);
            const also = alsoAt.length > 0 ? `; the same argument${args.length > 1 ? 's break' : ' breaks'} the FROM on line${alsoAt.length > 1 ? 's' : ''} ${alsoAt.join(', ')}` : '';
            ctx.report({
                message: `${message}with the defaults it is ${JSON.stringify(result)} (${reason})${also}. ` +
                    `Give ${args.map((n) => `\`ARG ${n}\``).join(', ')} a default that makes a valid image reference. ${howToRequire(args)}`,
                line: from.line,
                endLine: from.endLine,
                column: from.column,
                stage: from.stage,
                // A comment above the ARG speaks for every FROM that uses it; so does one above a later FROM.
                suppressibleAt: [...declared, ...alsoAt],
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/invalid-definition-description.ts
/**
 * The comments BuildKit's parser attaches to each instruction: the comment lines since the previous
 * instruction, restarted by an empty `#`. Blank lines do not break the block (unlike what BuildKit's
 * documentation says, its parser keeps comments across them); parser directives are not comments.
 */
function precedingComments(df) {
    const directiveLines = new Set(df.directives.map((d) => d.line));
    const out = new Map();
    let from = 1;
    for (const ins of df.instructions) {
        let comments = [];
        for (let line = from; line < ins.line; line++) {
            const raw = df.lines[line - 1];
            if (directiveLines.has(line) || !raw.trimStart().startsWith('#'))
                continue;
            // BuildKit drops the first character, whatever it is, then trims.
            const text = raw.slice(1).trim();
            comments = text === '' ? [] : [...comments, text];
        }
        out.set(ins, comments);
        from = ins.endLine + 1;
    }
    return out;
}
/** The names a description may start with: a stage's (lower-cased) name, or an ARG's keys. */
function definedNames(ins, df) {
    if (ins.keyword === 'ARG')
        return ins.pairs.map((p) => p.key);
    if (ins.keyword === 'FROM') {
        const stage = df.stages.find((s) => s.from === ins);
        return stage?.name ? [stage.id] : [];
    }
    return [];
}
const invalidDefinitionDescription = {
    id: 'invalid-definition-description',
    title: 'Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`',
    severity: 'warning',
    scope: 'all',
    aliases: ['InvalidDefinitionDescription'],
    experimental: true,
    checkFile(ctx) {
        const df = ctx.dockerfile;
        for (const [ins, comments] of precedingComments(df)) {
            const names = definedNames(ins, df);
            if (names.length === 0 || comments.length === 0)
                continue;
            const firstWord = comments[comments.length - 1].split(' ')[0];
            if (names.includes(firstWord))
                continue;
            const example = names.length > 1 ? '<arg_key>' : names[0];
            ctx.reportAt(ins, `Comment for ${ins.keyword} should follow the format: \`# ${example} <description>\`: start the comment with the name, or end the description block with an empty \`#\` line if it is not one`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/json-args-recommended.ts

/** Words a shell would treat specially; a command without them can be rewritten as JSON word for word. */
const json_args_recommended_SHELL_SYNTAX = /["'`\\$|&;<>(){}*?[\]#~=%!]/;
function execFormOf(ins) {
    const words = ins.args.split(/\s+/).filter((w) => w !== '');
    if (words.length === 0 || json_args_recommended_SHELL_SYNTAX.test(ins.args))
        return `${keywordAsWritten(ins)} ["executable", "arg"]`;
    return `${keywordAsWritten(ins)} ${JSON.stringify(words).replace(/","/g, '", "')}`;
}
const jsonArgsRecommended = {
    id: 'json-args-recommended',
    title: 'JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals',
    severity: 'warning',
    scope: 'all',
    aliases: ['JSONArgsRecommended', 'DL3025'],
    checkStage(stage, ctx) {
        // A SHELL (here or in a stage this one is built FROM) says the shell form is intended.
        let shellSet = stage.initial.shellLine !== null;
        // ONBUILD triggers run after the whole stage: its last SHELL counts for them, and so do SHELL triggers.
        let triggerShellSet = stage.final.shellLine !== null;
        for (const ins of stage.instructions) {
            const checked = instructionToCheck(ins);
            const isTrigger = checked !== ins;
            if (checked.keyword === 'SHELL' && checked.execForm && checked.execForm.length > 0) {
                if (isTrigger)
                    triggerShellSet = true;
                else
                    shellSet = true;
            }
            if ((checked.keyword !== 'CMD' && checked.keyword !== 'ENTRYPOINT') || checked.execForm !== null)
                continue;
            if (isTrigger ? triggerShellSet : shellSet)
                continue;
            ctx.reportAt(ins, `JSON arguments recommended for ${checked.rawKeyword} to prevent unintended behavior related to OS signals: write \`${execFormOf(checked)}\` so the process runs as PID 1 and receives SIGTERM, not /bin/sh`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/shared/labels.ts
/** Every LABEL of the file, ONBUILD LABEL triggers included, stages and fragments alike. */
function labelInstructions(ctx) {
    const out = [];
    for (const instruction of ctx.dockerfile.instructions) {
        const label = instruction.keyword === 'LABEL' ? instruction : instruction.trigger?.keyword === 'LABEL' ? instruction.trigger : null;
        if (label)
            out.push({ instruction, pairs: label.pairs });
    }
    return out;
}
/**
 * Whether a label value is only known at build time (`version=$VERSION`, filled in by
 * `--build-arg`): its format cannot be judged from the Dockerfile.
 */
function isBuildTimeValue(pair) {
    return pair.value !== null && /\$(\{|[A-Za-z_])/.test(pair.value);
}
/**
 * The schema labels of one type (`label-schema` in `.hadolint.yaml`), each checked once per LABEL:
 * reports the LABEL when a label of that type is set to a value `isValid` rejects.
 */
function checkTypedLabels(ctx, type, isValid, message) {
    const names = Object.entries(ctx.settings.labelSchema)
        .filter(([, t]) => t === type)
        .map(([name]) => name);
    if (names.length === 0)
        return;
    for (const { instruction, pairs } of labelInstructions(ctx)) {
        const reported = new Set();
        for (const pair of pairs) {
            if (!names.includes(pair.key) || reported.has(pair.key) || isBuildTimeValue(pair))
                continue;
            const value = pair.value ?? '';
            if (isValid(value))
                continue;
            reported.add(pair.key);
            ctx.reportAt(instruction, message(pair.key, value));
        }
    }
}

;// CONCATENATED MODULE: ./src/lint/rules/label-empty.ts

const labelEmpty = {
    id: 'label-empty',
    title: 'A label of the label schema should not be empty',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3051'],
    checkFile(ctx) {
        const schema = new Set(Object.keys(ctx.settings.labelSchema));
        if (schema.size === 0)
            return;
        for (const { instruction, pairs } of labelInstructions(ctx)) {
            const reported = new Set();
            for (const pair of pairs) {
                if (!schema.has(pair.key) || reported.has(pair.key) || isBuildTimeValue(pair) || (pair.value ?? '') !== '')
                    continue;
                reported.add(pair.key);
                const label = pair.key;
                ctx.reportAt(instruction, `Label \`${label}\` is empty: a schema label set to nothing tells the image's users nothing; give it a value or drop the LABEL`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/label-key-invalid.ts

/** Namespaces Docker reserves for its own labels. */
const RESERVED_NAMESPACES = ['com.docker.', 'io.docker.', 'org.dockerproject.'];
/**
 * Why a label key breaks Docker's key format (lower-case alphanumerics with `.`, `-`, `_`, `/`
 * separators, starting with a letter, ending with a letter or digit, no repeated separator, not in a
 * reserved namespace); null when it does not.
 */
function labelKeyProblem(key) {
    const reserved = RESERVED_NAMESPACES.find((ns) => key.startsWith(ns));
    if (reserved)
        return `uses the \`${reserved}\` namespace Docker reserves`;
    if (!/^[a-z]/.test(key))
        return 'does not start with a lower-case letter';
    if (!/[a-z0-9]$/.test(key))
        return 'does not end with a lower-case letter or digit';
    const illegal = /[^0-9a-z._/-]/.exec(key);
    if (illegal)
        return `contains ${JSON.stringify(illegal[0])}`;
    if (key.includes('..') || key.includes('--'))
        return 'repeats a separator';
    return null;
}
/** A valid key close to the one written, when lower-casing is all it takes. */
function suggestion(key) {
    const lower = key.toLowerCase();
    return lower !== key && labelKeyProblem(lower) === null ? lower : null;
}
const labelKeyInvalid = {
    id: 'label-key-invalid',
    title: 'Label keys should follow Docker’s key format',
    severity: 'style',
    scope: 'all',
    aliases: ['DL3048'],
    checkFile(ctx) {
        for (const { instruction, pairs } of labelInstructions(ctx)) {
            const problems = pairs.map((p) => ({ key: p.key, why: labelKeyProblem(p.key) })).filter((p) => p.why !== null);
            if (problems.length === 0)
                continue;
            const first = problems[0];
            const fix = suggestion(first.key);
            const others = problems.length > 1 ? ` (and ${problems.length - 1} more key${problems.length > 2 ? 's' : ''})` : '';
            ctx.reportAt(instruction, `Invalid label key: \`${first.key}\` ${first.why}${others}; use lower-case reverse-DNS keys such as \`org.opencontainers.image.source\`${fix ? ` — here \`${fix}\`` : ''}`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/label-missing.ts

const labelMissing = {
    id: 'label-missing',
    title: 'The image should carry every label of the label schema',
    severity: 'info',
    scope: 'shipped',
    aliases: ['DL3049'],
    checkFile(ctx) {
        const required = Object.keys(ctx.settings.labelSchema);
        const target = ctx.target;
        if (required.length === 0 || !target)
            return;
        // The image's labels: those of the target and of the stages it is built FROM (labels are inherited).
        // Builder stages only copied from never become an image, so their labels do not matter.
        const present = new Set();
        for (const stage of ancestry(ctx.dockerfile, target)) {
            for (const ins of stage.instructions)
                if (ins.keyword === 'LABEL')
                    for (const pair of ins.pairs)
                        present.add(pair.key);
        }
        const stageName = target.name ? `stage \`${target.name}\`` : 'the last stage';
        for (const label of required) {
            if (present.has(label))
                continue;
            ctx.reportAt(target.from, `Label \`${label}\` is missing: the image built from ${stageName} does not set it; add \`LABEL ${label}=…\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/shared/spdx-license-ids.ts
/**
 * SPDX license identifiers, current and deprecated (`GPL-2.0` still names a license in older labels).
 * Generated from the npm package spdx-license-ids 3.0.23 (CC0-1.0: `index.json` + `deprecated.json`);
 * to refresh, regenerate this list from a newer release of that package.
 */
const SPDX_LICENSE_IDS = [
    '0BSD', '3D-Slicer-1.0', 'AAL', 'Abstyles', 'AdaCore-doc', 'Adobe-2006', 'Adobe-Display-PostScript',
    'Adobe-Glyph', 'Adobe-Utopia', 'ADSL', 'Advanced-Cryptics-Dictionary', 'AFL-1.1', 'AFL-1.2', 'AFL-2.0',
    'AFL-2.1', 'AFL-3.0', 'Afmparse', 'AGPL-1.0', 'AGPL-1.0-only', 'AGPL-1.0-or-later', 'AGPL-3.0',
    'AGPL-3.0-only', 'AGPL-3.0-or-later', 'Aladdin', 'ALGLIB-Documentation', 'AMD-newlib', 'AMDPLPA', 'AML',
    'AML-glslang', 'AMPAS', 'ANTLR-PD', 'ANTLR-PD-fallback', 'any-OSI', 'any-OSI-perl-modules', 'Apache-1.0',
    'Apache-1.1', 'Apache-2.0', 'APAFML', 'APL-1.0', 'App-s2p', 'APSL-1.0', 'APSL-1.1', 'APSL-1.2', 'APSL-2.0',
    'Arphic-1999', 'Artistic-1.0', 'Artistic-1.0-cl8', 'Artistic-1.0-Perl', 'Artistic-2.0', 'Artistic-dist',
    'Aspell-RU', 'ASWF-Digital-Assets-1.0', 'ASWF-Digital-Assets-1.1', 'Baekmuk', 'Bahyph', 'Barr',
    'bcrypt-Solar-Designer', 'Beerware', 'Bitstream-Charter', 'Bitstream-Vera', 'BitTorrent-1.0',
    'BitTorrent-1.1', 'blessing', 'BlueOak-1.0.0', 'Boehm-GC', 'Boehm-GC-without-fee', 'BOLA-1.1', 'Borceux',
    'Brian-Gladman-2-Clause', 'Brian-Gladman-3-Clause', 'BSD-1-Clause', 'BSD-2-Clause', 'BSD-2-Clause-Darwin',
    'BSD-2-Clause-first-lines', 'BSD-2-Clause-FreeBSD', 'BSD-2-Clause-NetBSD', 'BSD-2-Clause-Patent',
    'BSD-2-Clause-pkgconf-disclaimer', 'BSD-2-Clause-Views', 'BSD-3-Clause', 'BSD-3-Clause-acpica',
    'BSD-3-Clause-Attribution', 'BSD-3-Clause-Clear', 'BSD-3-Clause-flex', 'BSD-3-Clause-HP',
    'BSD-3-Clause-LBNL', 'BSD-3-Clause-Modification', 'BSD-3-Clause-No-Military-License',
    'BSD-3-Clause-No-Nuclear-License', 'BSD-3-Clause-No-Nuclear-License-2014',
    'BSD-3-Clause-No-Nuclear-Warranty', 'BSD-3-Clause-Open-MPI', 'BSD-3-Clause-Sun', 'BSD-3-Clause-Tso',
    'BSD-4-Clause', 'BSD-4-Clause-Shortened', 'BSD-4-Clause-UC', 'BSD-4.3RENO', 'BSD-4.3TAHOE',
    'BSD-Advertising-Acknowledgement', 'BSD-Attribution-HPND-disclaimer', 'BSD-Inferno-Nettverk',
    'BSD-Mark-Modifications', 'BSD-Protection', 'BSD-Source-beginning-file', 'BSD-Source-Code',
    'BSD-Systemics', 'BSD-Systemics-W3Works', 'BSL-1.0', 'Buddy', 'BUSL-1.1', 'bzip2-1.0.5', 'bzip2-1.0.6',
    'C-UDA-1.0', 'CAL-1.0', 'CAL-1.0-Combined-Work-Exception', 'Caldera', 'Caldera-no-preamble', 'CAPEC-tou',
    'Catharon', 'CATOSL-1.1', 'CC-BY-1.0', 'CC-BY-2.0', 'CC-BY-2.5', 'CC-BY-2.5-AU', 'CC-BY-3.0',
    'CC-BY-3.0-AT', 'CC-BY-3.0-AU', 'CC-BY-3.0-DE', 'CC-BY-3.0-IGO', 'CC-BY-3.0-NL', 'CC-BY-3.0-US',
    'CC-BY-4.0', 'CC-BY-NC-1.0', 'CC-BY-NC-2.0', 'CC-BY-NC-2.5', 'CC-BY-NC-3.0', 'CC-BY-NC-3.0-DE',
    'CC-BY-NC-4.0', 'CC-BY-NC-ND-1.0', 'CC-BY-NC-ND-2.0', 'CC-BY-NC-ND-2.5', 'CC-BY-NC-ND-3.0',
    'CC-BY-NC-ND-3.0-DE', 'CC-BY-NC-ND-3.0-IGO', 'CC-BY-NC-ND-4.0', 'CC-BY-NC-SA-1.0', 'CC-BY-NC-SA-2.0',
    'CC-BY-NC-SA-2.0-DE', 'CC-BY-NC-SA-2.0-FR', 'CC-BY-NC-SA-2.0-UK', 'CC-BY-NC-SA-2.5', 'CC-BY-NC-SA-3.0',
    'CC-BY-NC-SA-3.0-DE', 'CC-BY-NC-SA-3.0-IGO', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-1.0', 'CC-BY-ND-2.0',
    'CC-BY-ND-2.5', 'CC-BY-ND-3.0', 'CC-BY-ND-3.0-DE', 'CC-BY-ND-4.0', 'CC-BY-SA-1.0', 'CC-BY-SA-2.0',
    'CC-BY-SA-2.0-UK', 'CC-BY-SA-2.1-JP', 'CC-BY-SA-2.5', 'CC-BY-SA-3.0', 'CC-BY-SA-3.0-AT', 'CC-BY-SA-3.0-DE',
    'CC-BY-SA-3.0-IGO', 'CC-BY-SA-4.0', 'CC-PDDC', 'CC-PDM-1.0', 'CC-SA-1.0', 'CC0-1.0', 'CDDL-1.0',
    'CDDL-1.1', 'CDL-1.0', 'CDLA-Permissive-1.0', 'CDLA-Permissive-2.0', 'CDLA-Sharing-1.0', 'CECILL-1.0',
    'CECILL-1.1', 'CECILL-2.0', 'CECILL-2.1', 'CECILL-B', 'CECILL-C', 'CERN-OHL-1.1', 'CERN-OHL-1.2',
    'CERN-OHL-P-2.0', 'CERN-OHL-S-2.0', 'CERN-OHL-W-2.0', 'CFITSIO', 'check-cvs', 'checkmk', 'ClArtistic',
    'Clips', 'CMU-Mach', 'CMU-Mach-nodoc', 'CNRI-Jython', 'CNRI-Python', 'CNRI-Python-GPL-Compatible',
    'COIL-1.0', 'Community-Spec-1.0', 'Condor-1.1', 'copyleft-next-0.3.0', 'copyleft-next-0.3.1',
    'Cornell-Lossless-JPEG', 'CPAL-1.0', 'CPL-1.0', 'CPOL-1.02', 'Cronyx', 'Crossword', 'CryptoSwift',
    'CrystalStacker', 'CUA-OPL-1.0', 'Cube', 'curl', 'cve-tou', 'D-FSL-1.0', 'DEC-3-Clause', 'diffmark',
    'DL-DE-BY-2.0', 'DL-DE-ZERO-2.0', 'DOC', 'DocBook-DTD', 'DocBook-Schema', 'DocBook-Stylesheet',
    'DocBook-XML', 'Dotseqn', 'DRL-1.0', 'DRL-1.1', 'DSDP', 'dtoa', 'dvipdfm', 'ECL-1.0', 'ECL-2.0',
    'eCos-2.0', 'EFL-1.0', 'EFL-2.0', 'eGenix', 'Elastic-2.0', 'Entessa', 'EPICS', 'EPL-1.0', 'EPL-2.0',
    'ErlPL-1.1', 'ESA-PL-permissive-2.4', 'ESA-PL-strong-copyleft-2.4', 'ESA-PL-weak-copyleft-2.4',
    'etalab-2.0', 'EUDatagrid', 'EUPL-1.0', 'EUPL-1.1', 'EUPL-1.2', 'Eurosym', 'Fair', 'FBM', 'FDK-AAC',
    'Ferguson-Twofish', 'Frameworx-1.0', 'FreeBSD-DOC', 'FreeImage', 'FSFAP', 'FSFAP-no-warranty-disclaimer',
    'FSFUL', 'FSFULLR', 'FSFULLRSD', 'FSFULLRWD', 'FSL-1.1-ALv2', 'FSL-1.1-MIT', 'FTL', 'Furuseth', 'fwlw',
    'Game-Programming-Gems', 'GCR-docs', 'GD', 'generic-xts', 'GFDL-1.1', 'GFDL-1.1-invariants-only',
    'GFDL-1.1-invariants-or-later', 'GFDL-1.1-no-invariants-only', 'GFDL-1.1-no-invariants-or-later',
    'GFDL-1.1-only', 'GFDL-1.1-or-later', 'GFDL-1.2', 'GFDL-1.2-invariants-only',
    'GFDL-1.2-invariants-or-later', 'GFDL-1.2-no-invariants-only', 'GFDL-1.2-no-invariants-or-later',
    'GFDL-1.2-only', 'GFDL-1.2-or-later', 'GFDL-1.3', 'GFDL-1.3-invariants-only',
    'GFDL-1.3-invariants-or-later', 'GFDL-1.3-no-invariants-only', 'GFDL-1.3-no-invariants-or-later',
    'GFDL-1.3-only', 'GFDL-1.3-or-later', 'Giftware', 'GL2PS', 'Glide', 'Glulxe', 'GLWTPL', 'gnuplot',
    'GPL-1.0', 'GPL-1.0-only', 'GPL-1.0-or-later', 'GPL-2.0', 'GPL-2.0-only', 'GPL-2.0-or-later',
    'GPL-2.0-with-autoconf-exception', 'GPL-2.0-with-bison-exception', 'GPL-2.0-with-classpath-exception',
    'GPL-2.0-with-font-exception', 'GPL-2.0-with-GCC-exception', 'GPL-3.0', 'GPL-3.0-only', 'GPL-3.0-or-later',
    'GPL-3.0-with-autoconf-exception', 'GPL-3.0-with-GCC-exception', 'Graphics-Gems', 'gSOAP-1.3b', 'gtkbook',
    'Gutmann', 'HaskellReport', 'HDF5', 'hdparm', 'HIDAPI', 'Hippocratic-2.1', 'HP-1986', 'HP-1989', 'HPND',
    'HPND-DEC', 'HPND-doc', 'HPND-doc-sell', 'HPND-export-US', 'HPND-export-US-acknowledgement',
    'HPND-export-US-modify', 'HPND-export2-US', 'HPND-Fenneberg-Livingston', 'HPND-INRIA-IMAG', 'HPND-Intel',
    'HPND-Kevlin-Henney', 'HPND-Markus-Kuhn', 'HPND-merchantability-variant', 'HPND-MIT-disclaimer',
    'HPND-Netrek', 'HPND-Pbmplus', 'HPND-sell-MIT-disclaimer-xserver', 'HPND-sell-regexpr',
    'HPND-sell-variant', 'HPND-sell-variant-critical-systems', 'HPND-sell-variant-MIT-disclaimer',
    'HPND-sell-variant-MIT-disclaimer-rev', 'HPND-SMC', 'HPND-UC', 'HPND-UC-export-US', 'HTMLTIDY',
    'hyphen-bulgarian', 'IBM-pibs', 'ICU', 'IEC-Code-Components-EULA', 'IJG', 'IJG-short', 'ImageMagick',
    'iMatix', 'Imlib2', 'Info-ZIP', 'Inner-Net-2.0', 'InnoSetup', 'Intel', 'Intel-ACPI', 'Interbase-1.0',
    'IPA', 'IPL-1.0', 'ISC', 'ISC-Veillard', 'ISO-permission', 'Jam', 'JasPer-2.0', 'jove', 'JPL-image',
    'JPNIC', 'JSON', 'Kastrup', 'Kazlib', 'Knuth-CTAN', 'LAL-1.2', 'LAL-1.3', 'Latex2e',
    'Latex2e-translated-notice', 'Leptonica', 'LGPL-2.0', 'LGPL-2.0-only', 'LGPL-2.0-or-later', 'LGPL-2.1',
    'LGPL-2.1-only', 'LGPL-2.1-or-later', 'LGPL-3.0', 'LGPL-3.0-only', 'LGPL-3.0-or-later', 'LGPLLR', 'Libpng',
    'libpng-1.6.35', 'libpng-2.0', 'libselinux-1.0', 'libtiff', 'libutil-David-Nugent', 'LiLiQ-P-1.1',
    'LiLiQ-R-1.1', 'LiLiQ-Rplus-1.1', 'Linux-man-pages-1-para', 'Linux-man-pages-copyleft',
    'Linux-man-pages-copyleft-2-para', 'Linux-man-pages-copyleft-var', 'Linux-OpenIB', 'LOOP', 'LPD-document',
    'LPL-1.0', 'LPL-1.02', 'LPPL-1.0', 'LPPL-1.1', 'LPPL-1.2', 'LPPL-1.3a', 'LPPL-1.3c', 'lsof',
    'Lucida-Bitmap-Fonts', 'LZMA-SDK-9.11-to-9.20', 'LZMA-SDK-9.22', 'Mackerras-3-Clause',
    'Mackerras-3-Clause-acknowledgment', 'magaz', 'mailprio', 'MakeIndex', 'man2html', 'Martin-Birgmeier',
    'McPhee-slideshow', 'metamail', 'Minpack', 'MIPS', 'MirOS', 'MIT', 'MIT-0', 'MIT-advertising', 'MIT-Click',
    'MIT-CMU', 'MIT-enna', 'MIT-feh', 'MIT-Festival', 'MIT-Khronos-old', 'MIT-Modern-Variant',
    'MIT-open-group', 'MIT-STK', 'MIT-testregex', 'MIT-Wu', 'MITNFA', 'MMIXware', 'MMPL-1.0.1', 'Motosoto',
    'MPEG-SSG', 'mpi-permissive', 'mpich2', 'MPL-1.0', 'MPL-1.1', 'MPL-2.0', 'MPL-2.0-no-copyleft-exception',
    'mplus', 'MS-LPL', 'MS-PL', 'MS-RL', 'MTLL', 'MulanPSL-1.0', 'MulanPSL-2.0', 'Multics', 'Mup',
    'NAIST-2003', 'NASA-1.3', 'Naumen', 'NBPL-1.0', 'NCBI-PD', 'NCGL-UK-2.0', 'NCL', 'NCSA', 'Net-SNMP',
    'NetCDF', 'Newsletr', 'NGPL', 'ngrep', 'NICTA-1.0', 'NIST-PD', 'NIST-PD-fallback', 'NIST-PD-TNT',
    'NIST-Software', 'NLOD-1.0', 'NLOD-2.0', 'NLPL', 'Nokia', 'NOSL', 'Noweb', 'NPL-1.0', 'NPL-1.1',
    'NPOSL-3.0', 'NRL', 'NTIA-PD', 'NTP', 'NTP-0', 'Nunit', 'O-UDA-1.0', 'OAR', 'OCCT-PL', 'OCLC-2.0',
    'ODbL-1.0', 'ODC-By-1.0', 'OFFIS', 'OFL-1.0', 'OFL-1.0-no-RFN', 'OFL-1.0-RFN', 'OFL-1.1', 'OFL-1.1-no-RFN',
    'OFL-1.1-RFN', 'OGC-1.0', 'OGDL-Taiwan-1.0', 'OGL-Canada-2.0', 'OGL-UK-1.0', 'OGL-UK-2.0', 'OGL-UK-3.0',
    'OGTSL', 'OLDAP-1.1', 'OLDAP-1.2', 'OLDAP-1.3', 'OLDAP-1.4', 'OLDAP-2.0', 'OLDAP-2.0.1', 'OLDAP-2.1',
    'OLDAP-2.2', 'OLDAP-2.2.1', 'OLDAP-2.2.2', 'OLDAP-2.3', 'OLDAP-2.4', 'OLDAP-2.5', 'OLDAP-2.6', 'OLDAP-2.7',
    'OLDAP-2.8', 'OLFL-1.3', 'OML', 'OpenMDW-1.0', 'OpenPBS-2.3', 'OpenSSL', 'OpenSSL-standalone',
    'OpenVision', 'OPL-1.0', 'OPL-UK-3.0', 'OPUBL-1.0', 'OSC-1.0', 'OSET-PL-2.1', 'OSL-1.0', 'OSL-1.1',
    'OSL-2.0', 'OSL-2.1', 'OSL-3.0', 'OSSP', 'PADL', 'ParaType-Free-Font-1.3', 'Parity-6.0.0', 'Parity-7.0.0',
    'PDDL-1.0', 'PHP-3.0', 'PHP-3.01', 'Pixar', 'pkgconf', 'Plexus', 'pnmstitch',
    'PolyForm-Noncommercial-1.0.0', 'PolyForm-Small-Business-1.0.0', 'PostgreSQL', 'PPL', 'PSF-2.0', 'psfrag',
    'psutils', 'Python-2.0', 'Python-2.0.1', 'python-ldap', 'Qhull', 'QPL-1.0', 'QPL-1.0-INRIA-2004', 'radvd',
    'Rdisc', 'RHeCos-1.1', 'RPL-1.1', 'RPL-1.5', 'RPSL-1.0', 'RSA-MD', 'RSCPL', 'Ruby', 'Ruby-pty', 'SAX-PD',
    'SAX-PD-2.0', 'Saxpath', 'SCEA', 'SchemeReport', 'Sendmail', 'Sendmail-8.23', 'Sendmail-Open-Source-1.1',
    'SGI-B-1.0', 'SGI-B-1.1', 'SGI-B-2.0', 'SGI-OpenGL', 'SGMLUG-PM', 'SGP4', 'SHL-0.5', 'SHL-0.51',
    'SimPL-2.0', 'SISSL', 'SISSL-1.2', 'SL', 'Sleepycat', 'SMAIL-GPL', 'SMLNJ', 'SMPPL', 'SNIA', 'snprintf',
    'SOFA', 'softSurfer', 'Soundex', 'Spencer-86', 'Spencer-94', 'Spencer-99', 'SPL-1.0', 'ssh-keyscan',
    'SSH-OpenSSH', 'SSH-short', 'SSLeay-standalone', 'SSPL-1.0', 'StandardML-NJ', 'SugarCRM-1.1.3', 'SUL-1.0',
    'Sun-PPP', 'Sun-PPP-2000', 'SunPro', 'SWL', 'swrule', 'Symlinks', 'TAPR-OHL-1.0', 'TCL', 'TCP-wrappers',
    'TekHVC', 'TermReadKey', 'TGPPL-1.0', 'ThirdEye', 'threeparttable', 'TMate', 'TORQUE-1.1', 'TOSL', 'TPDL',
    'TPL-1.0', 'TrustedQSL', 'TTWL', 'TTYP0', 'TU-Berlin-1.0', 'TU-Berlin-2.0', 'Ubuntu-font-1.0', 'UCAR',
    'UCL-1.0', 'ulem', 'UMich-Merit', 'Unicode-3.0', 'Unicode-DFS-2015', 'Unicode-DFS-2016', 'Unicode-TOU',
    'UnixCrypt', 'Unlicense', 'Unlicense-libtelnet', 'Unlicense-libwhirlpool', 'UnRAR', 'UPL-1.0', 'URT-RLE',
    'Vim', 'Vixie-Cron', 'VOSTROM', 'VSL-1.0', 'W3C', 'W3C-19980720', 'W3C-20150513', 'w3m', 'Watcom-1.0',
    'Widget-Workshop', 'WordNet', 'Wsuipa', 'WTFNMFPL', 'WTFPL', 'wwl', 'wxWindows', 'X11',
    'X11-distribute-modifications-variant', 'X11-no-permit-persons', 'X11-swapped', 'Xdebug-1.03', 'Xerox',
    'Xfig', 'XFree86-1.1', 'xinetd', 'xkeyboard-config-Zinoviev', 'xlock', 'Xnet', 'xpp', 'XSkat', 'xzoom',
    'YPL-1.0', 'YPL-1.1', 'Zed', 'Zeeff', 'Zend-2.0', 'Zimbra-1.3', 'Zimbra-1.4', 'Zlib',
    'zlib-acknowledgement', 'ZPL-1.1', 'ZPL-2.0', 'ZPL-2.1',
];

;// CONCATENATED MODULE: ./src/lint/rules/shared/label-values.ts

/**
 * Checks of label values against the types of hadolint's `label-schema`. Each follows the standard
 * the type names, written out here rather than pulled from a dependency.
 */
/** RFC 3986 characters of a URI, outside percent-encoding. */
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]*$/;
/** An absolute URI (RFC 3986): a scheme, `:`, then URI characters with well-formed `%XX` escapes. */
function isUrl(value) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(value);
    if (!m)
        return false;
    const rest = m[2].replace(/%[0-9A-Fa-f]{2}/g, '');
    return URI_CHARS.test(rest) && !rest.includes('%');
}
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;
/** An RFC 3339 timestamp with a real date and time: `2021-03-10T10:26:33.56+01:00`. */
function isRfc3339(value) {
    const m = RFC3339.exec(value);
    if (!m)
        return false;
    const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const offsetOk = m[9] === undefined || (Number(m[9]) < 24 && Number(m[10]) < 60);
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour < 24 && minute < 60 && second <= 60 && offsetOk;
}
/** A git commit id: lower-case hex, abbreviated (7 to 40 digits) or a full SHA-1 or SHA-256. */
function isGitHash(value) {
    return /^[0-9a-f]+$/.test(value) && ((value.length >= 7 && value.length <= 40) || value.length === 64);
}
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** A Semantic Versioning 2.0.0 version: `1.2.3`, `2.0.1-rc1`, `1.0.0+build.5`. */
function isSemver(value) {
    return SEMVER.test(value);
}
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LOCAL_PART = new RegExp(`^(?:${ATOM}(?:\\.${ATOM})*|"(?:[^"\\\\\\r\\n]|\\\\.)*")$`);
const label_values_DOMAIN = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$|^\[[^\][\\]*\]$/;
function isAddrSpec(value) {
    const at = value.lastIndexOf('@');
    if (at <= 0 || at === value.length - 1)
        return false;
    return LOCAL_PART.test(value.slice(0, at)) && label_values_DOMAIN.test(value.slice(at + 1));
}
/**
 * An RFC 5322 mailbox: an address (`dev@example.com`) or a name with an address
 * (`Jane Doe <dev@example.com>`), the form `maintainer` labels usually take, comments allowed.
 */
function isEmail(value) {
    // RFC 5322 allows comments in parentheses around a mailbox: `Jane <dev@example.com> (@jane)`.
    const bare = value.replace(/\([^()]*\)/g, ' ').trim();
    const named = /^[^<>]*<([^<>]+)>$/.exec(bare);
    return isAddrSpec(named ? named[1].trim() : bare);
}
const LICENSE_IDS = new Set(SPDX_LICENSE_IDS.map((id) => id.toLowerCase()));
/** One license of an expression: a listed id (case-insensitive, as SPDX matches them), `id+`, or a `LicenseRef-…`. */
function isLicense(token) {
    if (/^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(token))
        return true;
    return LICENSE_IDS.has(token.replace(/\+$/, '').toLowerCase());
}
/**
 * An SPDX license expression: `MIT`, `Apache-2.0 OR MIT`, `GPL-2.0-only WITH Classpath-exception-2.0`,
 * `(MIT AND BSD-3-Clause)`. The OCI `licenses` annotation is defined as such an expression.
 */
function isSpdxExpression(value) {
    const tokens = value.match(/\(|\)|[^\s()]+/g) ?? [];
    let i = 0;
    // expression := term (("AND" | "OR") term)* ; term := license ["WITH" exception] | "(" expression ")"
    const term = () => {
        if (tokens[i] === '(') {
            i++;
            if (!expression() || tokens[i] !== ')')
                return false;
            i++;
            return true;
        }
        const token = tokens[i];
        if (token === undefined || !isLicense(token))
            return false;
        i++;
        if (tokens[i] === 'WITH' || tokens[i] === 'with') {
            i++;
            const exception = tokens[i];
            if (exception === undefined || !/^[A-Za-z0-9.-]+$/.test(exception))
                return false;
            i++;
        }
        return true;
    };
    const expression = () => {
        if (!term())
            return false;
        while (['AND', 'OR', 'and', 'or'].includes(tokens[i] ?? '')) {
            i++;
            if (!term())
                return false;
        }
        return true;
    };
    return tokens.length > 0 && expression() && i === tokens.length;
}

;// CONCATENATED MODULE: ./src/lint/rules/label-not-email.ts



const labelNotEmail = {
    id: 'label-not-email',
    title: 'An email label of the label schema should hold an email address',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3058'],
    checkFile(ctx) {
        checkTypedLabels(ctx, 'email', isEmail, (label, value) => `Label \`${label}\` is not a valid email format - must conform to RFC5322: ${showValue(value)} is not an address like \`dev@example.com\` or \`Jane Doe <dev@example.com>\``);
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/label-not-git-hash.ts



const labelNotGitHash = {
    id: 'label-not-git-hash',
    title: 'A hash label of the label schema should hold a git commit id',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3055'],
    checkFile(ctx) {
        checkTypedLabels(ctx, 'hash', isGitHash, (label, value) => `Label \`${label}\` is not a valid git hash: ${showValue(value)} is not a lower-case hex commit id (7 to 40 digits, as \`git rev-parse HEAD\` prints)`);
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/label-not-in-schema.ts


const labelNotInSchema = {
    id: 'label-not-in-schema',
    title: 'With strict labels, only the labels of the label schema may be set',
    severity: 'info',
    scope: 'all',
    aliases: ['DL3050'],
    checkFile(ctx) {
        if (!ctx.settings.strictLabels)
            return;
        const known = new Set(Object.keys(ctx.settings.labelSchema));
        for (const { instruction, pairs } of labelInstructions(ctx)) {
            const extra = [...new Set(pairs.map((p) => p.key).filter((k) => !known.has(k)))];
            if (extra.length === 0)
                continue;
            ctx.reportAt(instruction, `Superfluous label(s) present: ${listWords(extra)} ${extra.length === 1 ? 'is' : 'are'} not in the label schema and strict labels are on; remove ${extra.length === 1 ? 'it' : 'them'} or add ${extra.length === 1 ? 'it' : 'them'} to \`label-schema\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/label-not-rfc3339.ts



const labelNotRfc3339 = {
    id: 'label-not-rfc3339',
    title: 'An rfc3339 label of the label schema should hold an RFC 3339 timestamp',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3053'],
    checkFile(ctx) {
        checkTypedLabels(ctx, 'rfc3339', isRfc3339, (label, value) => `Label \`${label}\` is not a valid time format - must conform to RFC3339: ${showValue(value)} is not a timestamp like \`2024-05-01T12:00:00Z\` (\`date -u +%Y-%m-%dT%H:%M:%SZ\`)`);
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/label-not-semver.ts



const labelNotSemver = {
    id: 'label-not-semver',
    title: 'A semver label of the label schema should hold a semantic version',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3056'],
    checkFile(ctx) {
        checkTypedLabels(ctx, 'semver', isSemver, (label, value) => `Label \`${label}\` does not conform to semantic versioning: ${showValue(value)} ${isSemver(value.replace(/^v/, '')) ? 'has a leading `v` SemVer does not allow; write it without' : 'is not MAJOR.MINOR.PATCH, e.g. `1.4.2` or `2.0.0-rc.1`'}`);
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/label-not-spdx.ts



const labelNotSpdx = {
    id: 'label-not-spdx',
    title: 'An spdx label of the label schema should hold an SPDX license expression',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3054'],
    checkFile(ctx) {
        checkTypedLabels(ctx, 'spdx', isSpdxExpression, (label, value) => `Label \`${label}\` is not a valid SPDX identifier: ${showValue(value)} is not an SPDX license expression; use ids from https://spdx.org/licenses/ such as \`Apache-2.0\` or \`MIT OR Apache-2.0\``);
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/label-not-url.ts



const labelNotUrl = {
    id: 'label-not-url',
    title: 'A url label of the label schema should hold an absolute URL',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3052'],
    checkFile(ctx) {
        checkTypedLabels(ctx, 'url', isUrl, (label, value) => `Label \`${label}\` is not a valid URL: ${showValue(value)} is not an absolute URL; write it with its scheme, e.g. \`https://example.com/…\``);
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/legacy-key-value-format.ts

/** The `key=value` spelling of a legacy pair, when it can be written without changing the value. */
function modernPair(pair) {
    const value = pair.rawValue;
    if (/^(["'])[^"']*\1$/.test(value))
        return `${pair.key}=${value}`;
    if (/["'\\`]/.test(value))
        return null;
    return /\s/.test(value) ? `${pair.key}="${value}"` : `${pair.key}=${value}`;
}
const legacyKeyValueFormat = {
    id: 'legacy-key-value-format',
    title: 'Legacy key/value format with whitespace separator should not be used',
    severity: 'warning',
    scope: 'all',
    aliases: ['LegacyKeyValueFormat'],
    checkStage(stage, ctx) {
        for (const ins of stage.instructions) {
            const checked = instructionToCheck(ins);
            if (checked.keyword !== 'ENV' && checked.keyword !== 'LABEL')
                continue;
            for (const pair of checked.pairs) {
                if (pair.equals || pair.rawValue === null)
                    continue;
                const name = checked.rawKeyword;
                const written = keywordAsWritten(checked);
                const modern = modernPair(pair);
                const fix = modern ? `write \`${written} ${modern}\`` : `write \`${written} ${pair.key}="…"\` with the value quoted`;
                ctx.reportAt(ins, `"${name} key=value" should be used instead of legacy "${name} key value" format: ${fix}`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/maintainer-deprecated.ts
const maintainerDeprecated = {
    id: 'maintainer-deprecated',
    title: 'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
    severity: 'warning',
    scope: 'all',
    aliases: ['MaintainerDeprecated', 'DL4000'],
    checkFile(ctx) {
        for (const ins of ctx.dockerfile.instructions) {
            if (ins.keyword !== 'MAINTAINER')
                continue;
            const author = JSON.stringify(ins.args);
            ctx.reportAt(ins, `Maintainer instruction is deprecated in favor of using label: write \`LABEL org.opencontainers.image.authors=${author}\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/missing-dockerignore.ts

/** Whether a `.dockerignore` has any pattern (not just comments and blank lines). */
function hasPatterns(text) {
    return text.split(/\r?\n/).some((l) => l.trim() !== '' && !l.trim().startsWith('#'));
}
const missingDockerignore = {
    id: 'missing-dockerignore',
    title: 'The whole build context is copied and there is no .dockerignore',
    severity: 'warning',
    scope: 'reachable',
    aliases: [],
    checkFile(ctx) {
        // Without knowing the context (stdin, a remote context, a caller that did not look), stay quiet.
        if (!ctx.dockerignoreKnown)
            return;
        if (ctx.dockerignore !== null && hasPatterns(ctx.dockerignore))
            return;
        const df = ctx.dockerfile;
        for (const stage of df.stages) {
            if (!ctx.reachable.has(stage.index))
                continue;
            for (const ins of stage.instructions) {
                const spec = copySpec(stage, ins);
                const source = spec && wholeContextSource(spec);
                if (!spec || source === null || source === undefined)
                    continue;
                const missing = ctx.dockerignore === null ? 'there is no `.dockerignore`' : 'the `.dockerignore` has no patterns';
                ctx.reportAt(ins, `\`${ins.keyword} ${source} ${spec.dest}\` copies the whole build context and ${missing}: \`.git\`, local \`node_modules\`, \`.env\` files and build output go into the image, and any change to them invalidates this layer's cache. ` +
                    'Add a `.dockerignore` that lists them.');
                return; // one finding per file: the fix is one file
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/multiple-instructions-disallowed.ts

/** Settings of the image that the last instruction of their kind in a stage decides, with hadolint's code for each. */
const LAST_ONE_WINS = { CMD: 'DL4003', ENTRYPOINT: 'DL4004', HEALTHCHECK: 'DL3012' };
const multipleInstructionsDisallowed = {
    id: 'multiple-instructions-disallowed',
    title: 'Multiple instructions of the same type should not be used in the same stage',
    severity: 'warning',
    scope: 'all',
    aliases: ['MultipleInstructionsDisallowed', 'DL3012', 'DL4003', 'DL4004'],
    checkFile(ctx) {
        // Grouped by stage, with the instructions before any FROM as a group of their own (hadolint's fragments).
        // A stage's ONBUILD triggers form another group: they all run, in order, in each image built FROM it.
        const previousByGroup = new Map();
        for (const ins of ctx.dockerfile.instructions) {
            const checked = instructionToCheck(ins);
            const code = LAST_ONE_WINS[checked.keyword];
            if (!code)
                continue;
            const group = `${ins.stage}${checked === ins ? '' : ' ONBUILD'}`;
            let previous = previousByGroup.get(group);
            if (!previous)
                previousByGroup.set(group, (previous = new Map()));
            const earlier = previous.get(checked.keyword);
            // Reported on the earlier one, the one with no effect (BuildKit's line); a suppression above the
            // later one, where hadolint reports it, silences it too.
            if (earlier) {
                ctx.report({
                    message: `Multiple ${checked.rawKeyword} instructions should not be used in the same stage because only the last one will be used: delete this one, the ${checked.keyword} on line ${ins.line} replaces it`,
                    line: earlier.line,
                    endLine: earlier.endLine,
                    column: earlier.column,
                    stage: earlier.stage,
                    aliases: ['MultipleInstructionsDisallowed', code],
                    suppressibleAt: [ins.line],
                });
            }
            previous.set(checked.keyword, ins);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/no-empty-continuation.ts
/** The line BuildKit's parser ends the instruction on: the last continuation line, heredoc bodies excluded. */
function continuationEnd(df, ins) {
    const end = ins.heredocs.length > 0 ? ins.heredocs[0].line - 1 : ins.endLine;
    // The empty string after a final line break is not a line.
    const physicalLines = df.lines[df.lines.length - 1] === '' ? df.lines.length - 1 : df.lines.length;
    return Math.min(end, physicalLines);
}
const noEmptyContinuation = {
    id: 'no-empty-continuation',
    title: 'Empty continuation lines will become errors in a future release',
    severity: 'warning',
    scope: 'all',
    aliases: ['NoEmptyContinuation'],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        for (const ins of df.instructions) {
            const empty = ins.emptyContinuationLines;
            if (empty.length === 0)
                continue;
            const where = empty.length === 1 ? `line ${empty[0]}` : `lines ${empty.join(', ')}`;
            ctx.report({
                line: continuationEnd(df, ins),
                message: `Empty continuation line: delete the blank ${where} inside this ${ins.keyword}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/no-shell-in-final-stage.ts


/** A COPY or ADD that may bring a shell along: a whole root filesystem, a busybox, an archive. */
function mayAddShell(stage, ins) {
    const spec = copySpec(stage, ins);
    if (!spec)
        return false;
    const dest = spec.dest.replace(/\/+$/, '');
    if (dest === '' || dest === '/bin' || dest === '/usr/bin' || dest === '/busybox')
        return true;
    return spec.sources.some((src) => {
        const name = src.replace(/\/+$/, '').slice(src.replace(/\/+$/, '').lastIndexOf('/') + 1);
        return /^(sh|bash|ash|dash|busybox|bin)$/.test(name) || (ins.keyword === 'ADD' && /\.(tar(\.\w+)?|tgz|txz|tbz2?)$/.test(name));
    });
}
/** The shell-form part of a HEALTHCHECK (`HEALTHCHECK --interval=5s CMD curl …`), or null. */
function healthcheckShellCommand(ins) {
    const m = /^\s*CMD\s+([\s\S]*)$/i.exec(ins.args);
    if (!m)
        return null;
    const rest = m[1].trim();
    return rest.startsWith('[') ? null : rest;
}
/** `./server --port 80` → `["./server", "--port", "80"]` when the command uses no shell features. */
function no_shell_in_final_stage_execFormOf(command) {
    if (/[$`|&;<>*?(){}~]|\\\n/.test(command))
        return null;
    const words = parseWords(command).map((w) => unquote(w));
    return words.length > 0 ? JSON.stringify(words).replace(/","/g, '", "') : null;
}
const noShellInFinalStage = {
    id: 'no-shell-in-final-stage',
    title: 'A shell-form instruction in a stage without a shell (scratch, distroless)',
    severity: 'error',
    scope: 'reachable',
    aliases: [],
    checkStage(stage, ctx) {
        const df = ctx.dockerfile;
        const base = rootBase(df, stage);
        if (!lacksShell(base))
            return;
        const chain = chainOf(df, stage);
        // A SHELL instruction points at a shell the author put there; copies may bring one along.
        if (instructionsOf(chain).some((i) => i.keyword === 'SHELL'))
            return;
        if (chain.some((s) => s.instructions.some((i) => mayAddShell(s, i))))
            return;
        const baseName = base.kind === 'scratch' ? '`scratch`' : `\`${base.raw}\``;
        // Only the last CMD, ENTRYPOINT and HEALTHCHECK of the image take effect; a shell-form CMD after
        // an exec-form ENTRYPOINT is passed to it as arguments, not run by a shell.
        const shipped = ctx.shipped.has(stage.index);
        const effective = new Set();
        if (shipped && ctx.target) {
            const image = instructionsOf(chainOf(df, ctx.target));
            for (const keyword of ['CMD', 'ENTRYPOINT', 'HEALTHCHECK']) {
                const last = image.filter((i) => i.keyword === keyword).pop();
                if (last)
                    effective.add(last);
            }
            const entrypoint = image.filter((i) => i.keyword === 'ENTRYPOINT').pop();
            if (entrypoint?.execForm)
                for (const i of [...effective])
                    if (i.keyword === 'CMD')
                        effective.delete(i);
        }
        for (const ins of stage.instructions) {
            if (ins.keyword === 'RUN' && !ins.execForm) {
                ctx.reportAt(ins, `\`RUN\` in shell form runs \`/bin/sh -c\`, and this stage is built on ${baseName}, which has no shell: the build fails here. Use the exec form (\`RUN ["/path/to/binary", "arg"]\`) or do this work in a stage that has a shell and copy the result.`);
                continue;
            }
            if (!effective.has(ins))
                continue;
            let command = null;
            if ((ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && !ins.execForm && ins.args.trim() !== '')
                command = ins.args.trim();
            if (ins.keyword === 'HEALTHCHECK')
                command = healthcheckShellCommand(ins);
            if (command === null)
                continue;
            const exec = no_shell_in_final_stage_execFormOf(command);
            const keyword = ins.keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : ins.keyword;
            const fix = exec ? `write \`${keyword} ${exec}\`` : 'move the shell logic into the program, or base the image on one with a shell';
            const when = ins.keyword === 'HEALTHCHECK' ? 'every health check fails' : 'the container fails to start';
            ctx.reportAt(ins, `\`${keyword} ${command}\` is in shell form, which runs \`/bin/sh -c\` — ${baseName} has no shell, so ${when}: ${fix}.`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/npm-install-unpinned.ts

/** npm options that take a value, so the value is not read as a package or as the subcommand. */
const NPM_VALUE_FLAGS = ['loglevel', 'registry', 'prefix', 'cache', 'userconfig', 'globalconfig', 'omit', 'include', 'only', 'workspace', 'w', 'tag'];
const GIT_PREFIXES = ['git://', 'git+ssh://', 'git+http://', 'git+https://'];
const PATH_PREFIXES = ['/', './', '../', '~/'];
const TARBALLS = ['.tar', '.tar.gz', '.tgz'];
/**
 * `name@version` (or `@scope/name@version`, a tag or a range), a git URL with `#commit` or `#semver:`,
 * a tarball, or a folder.
 */
function npm_install_unpinned_isPinned(spec) {
    if (GIT_PREFIXES.some((p) => spec.startsWith(p)))
        return spec.includes('#');
    if (TARBALLS.some((s) => spec.endsWith(s)))
        return true;
    if (PATH_PREFIXES.some((p) => spec.startsWith(p)))
        return true;
    const withoutScope = spec.startsWith('@') ? spec.slice(spec.indexOf('/') + 1) : spec;
    return withoutScope.includes('@');
}
/**
 * `npm install <packages>` (and its aliases `npm i`, `npm add`). Without packages it installs what
 * package.json and the lockfile say, which is pinned.
 */
function installedPackages(cmd) {
    if (cmd.base !== 'npm')
        return [];
    const [subcommand, ...packages] = operandWords(cmd, NPM_VALUE_FLAGS);
    return subcommand && ['install', 'i', 'add'].includes(subcommand.value) ? packages : [];
}
const npmInstallUnpinned = {
    id: 'npm-install-unpinned',
    title: 'Pin versions in npm install',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3016'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            const unpinned = site.commands.flatMap((cmd) => unpinnedPackages(site, cmd, installedPackages(cmd), npm_install_unpinned_isPinned));
            if (unpinned.length === 0)
                continue;
            ctx.reportAt(site.instruction, `Pin versions in npm: ${noVersion(unpinned)}. ` +
                `Instead of \`npm install ${unpinned[0]}\` use \`npm install ${unpinned[0]}@<version>\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/numeric-stage-reference.ts
const numericStageReference = {
    id: 'numeric-stage-reference',
    title: 'A named stage is referred to by its position',
    severity: 'info',
    scope: 'all',
    aliases: [],
    checkStage(stage, ctx) {
        for (const dep of stage.dependencies) {
            if (dep.kind === 'from' || dep.source.kind !== 'stage' || !/^\d+$/.test(dep.raw.trim()))
                continue;
            const target = ctx.dockerfile.stages[dep.source.stage];
            if (!target?.name)
                continue;
            const flag = dep.kind === 'copy' ? '--from' : '--mount=…,from';
            ctx.reportAt(dep.instruction, `\`${flag}=${dep.raw}\` names stage \`${target.name}\` by its position: write \`${flag}=${target.name}\` — a stage inserted above it would silently change what this copies.`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/onbuild-trigger-not-allowed.ts
const FORBIDDEN_TRIGGERS = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);
const onbuildTriggerNotAllowed = {
    id: 'onbuild-trigger-not-allowed',
    title: '`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction',
    severity: 'error',
    scope: 'all',
    aliases: ['DL3043'],
    checkFile(ctx) {
        for (const ins of ctx.dockerfile.instructions) {
            const trigger = ins.trigger;
            if (ins.keyword !== 'ONBUILD' || !trigger || !FORBIDDEN_TRIGGERS.has(trigger.keyword))
                continue;
            ctx.reportAt(ins, `\`ONBUILD\`, \`FROM\` or \`MAINTAINER\` triggered from within \`ONBUILD\` instruction: \`ONBUILD ${trigger.rawKeyword}\` is refused by Docker, ` +
                `which stops the build at this line. Remove it${trigger.keyword === 'MAINTAINER' ? ' (use `LABEL org.opencontainers.image.authors=…` in this image instead)' : ''}`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/parse-error.ts
/** What `docker build` would refuse before any check runs: reported so the other findings still come. */
const parseError = {
    id: 'parse-error',
    title: 'The Dockerfile cannot be built as written',
    severity: 'error',
    scope: 'all',
    aliases: [],
    checkFile(ctx) {
        for (const problem of ctx.dockerfile.problems) {
            ctx.report({ message: problem.message, line: problem.line, endLine: problem.endLine, column: problem.column });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/pip-install-keeps-cache.ts


/** pipx and pipenv manage their own environments; hadolint leaves them alone, and so do we. */
function isPipWrapper(cmd) {
    if (cmd.base.includes('pipx') || cmd.base.includes('pipenv'))
        return true;
    const args = cmd.args.map((a) => a.value);
    return cmd.base.startsWith('python') && args.some((v, i) => v === '-m' && (args[i + 1] === 'pipx' || args[i + 1] === 'pipenv'));
}
/** `PIP_NO_CACHE_DIR=1` (or true/on/yes) set for the command: in the RUN itself, or by ENV or ARG. */
function cacheDisabledByVariable(df, site) {
    const value = assignedInRun(site, 'PIP_NO_CACHE_DIR') ?? variableAt(df, site, 'PIP_NO_CACHE_DIR');
    return value !== undefined && isTrueWord(value);
}
/** Whether pip's cache (/root/.cache/pip for root, or `--cache-dir`/`PIP_CACHE_DIR`) is on a cache mount. */
function pipCacheOnMount(df, site, cmd) {
    return cacheOnMount(site, '.cache/pip', [...flagValues(cmd, 'cache-dir'), variableAt(df, site, 'PIP_CACHE_DIR'), assignedInRun(site, 'PIP_CACHE_DIR')]);
}
/** `pip cache purge`, or `rm -rf /root/.cache/pip` (or `~/.cache`) after the install, empties the cache. */
function purgesCache(cmd) {
    const args = cmd.args.map((a) => a.value);
    if (cmd.base.startsWith('pip') && args.includes('cache') && (args.includes('purge') || args.includes('remove')))
        return true;
    return removedPaths(cmd).some((p) => p.includes('.cache/pip') || /(^|\/)\.cache\/?\*?$/.test(p));
}
const pipInstallKeepsCache = {
    id: 'pip-install-keeps-cache',
    title: 'Avoid use of cache directory with pip',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3042'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            // A build stage the target never ships may keep its cache: it costs nothing in the image.
            if (!package_managers_isShipped(site, ctx))
                continue;
            const at = site.commands.findIndex((cmd) => isPipInstall(cmd) && !isPipWrapper(cmd) && !cmd.args.some((a) => a.value === '--no-cache-dir') && !pipCacheOnMount(ctx.dockerfile, site, cmd));
            // The variables are looked up last: only for a RUN that installs with pip.
            if (at < 0 || site.commands.slice(at + 1).some(purgesCache) || cacheDisabledByVariable(ctx.dockerfile, site))
                continue;
            const caching = site.commands[at];
            ctx.reportAt(site.instruction, `Avoid use of cache directory with pip: \`${showCommand(caching)}\` keeps downloaded packages in the layer. ` +
                'Use `pip install --no-cache-dir <package>`, or mount a cache at /root/.cache/pip');
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/pip-install-unpinned.ts


/** pip (and pipx) install options that take a value, so the value is not read as a package. */
const PIP_VALUE_FLAGS = [
    'abi', 'b', 'build', 'e', 'editable', 'extra-index-url', 'f', 'find-links', 'i', 'index-url', 'implementation', 'no-binary',
    'only-binary', 'platform', 'prefix', 'progress-bar', 'proxy', 'python', 'python-version', 'root', 'root-user-action', 'src',
    't', 'target', 'trusted-host', 'upgrade-strategy', 'cache-dir', 'log', 'timeout', 'retries', 'exists-action', 'cert',
    'client-cert', 'global-option', 'install-option', 'config-settings', 'C', 'report', 'keyring-provider', 'pip-args', 'suffix', 'spec',
];
/** Version control schemes pip understands (`git+https://…@v1.2`). */
const VCS = /^(git|hg|svn|bzr)(\+[a-z-]+)?:/;
/**
 * A version specifier (`==`, `>=`, `~=`, `!=`, `<`, …), a VCS reference with a revision (`@v1.2`), a
 * wheel or sdist file, or a path or URL that is not VCS (`./pkg`, `https://…/pkg.zip`).
 */
function pip_install_unpinned_isPinned(spec) {
    if (/[=<>!~]=|[<>]/.test(spec))
        return true;
    if (spec.endsWith('.whl') || spec.endsWith('.tar.gz'))
        return true;
    if (VCS.test(spec))
        return spec.replace(/^[a-z+]+:\/\/[^@/]*@/, '').includes('@');
    return spec.includes('/');
}
/** `-r requirements.txt`, `--requirement …` and `.` install what a file or the project pins; `-c` constrains everything. */
function pinnedElsewhere(cmd) {
    const args = cmd.args.map((a) => a.value);
    if (args.some((v) => v === '-r' || v === '--requirement' || v === '.' || v.startsWith('--requirement=') || /^-r\S/.test(v)))
        return true;
    return hasAnyFlag(cmd, ['c', 'constraint']);
}
const pipInstallUnpinned = {
    id: 'pip-install-unpinned',
    title: 'Pin versions in pip install',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3013'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            const unpinned = site.commands
                .filter((cmd) => isPipInstall(cmd) && !pinnedElsewhere(cmd))
                .flatMap((cmd) => unpinnedPackages(site, cmd, operandWords({ ...cmd, args: pipInstallArgs(cmd) }, PIP_VALUE_FLAGS), pip_install_unpinned_isPinned));
            if (unpinned.length === 0)
                continue;
            const first = unpinned[0];
            const pinned = VCS.test(first) ? first.replace(/(\.git)?(#.*)?$/, (_m, git = '', egg = '') => `${git}@<tag or commit>${egg}`) : `${first}==<version>`;
            ctx.reportAt(site.instruction, `Pin versions in pip: ${noVersion(unpinned)}. ` +
                `Instead of \`pip install ${first}\` use \`pip install ${pinned}\` or \`pip install --requirement <requirements file>\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/shellcheck/shell.ts
const shell_DEFAULT_SHELL = { argv: ['/bin/sh', '-c'] };
/** Windows containers run RUN lines with cmd.exe unless SHELL says otherwise. */
const WINDOWS_DEFAULT_SHELL = { argv: ['cmd', '/S', '/C'] };
const SHELL_PRAGMA = /^hadolint\s+shell\s*=\s*(\S+)/i;
/** Shells that are not POSIX shells: their RUN lines are not sh scripts (hadolint's list). */
const NON_POSIX = ['pwsh', 'powershell', 'cmd'];
/** The program name of a shell: `/usr/bin/bash` → `bash`, `C:\\…\\powershell.exe` → `powershell`. */
function shellName(argv) {
    const first = argv[0] ?? '';
    return first.slice(Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) + 1).replace(/\.exe$/i, '').toLowerCase();
}
/** PowerShell and cmd.exe run RUN lines; sh-script checks do not apply to them. */
function isNonPosixShell(argv) {
    const name = shellName(argv);
    return NON_POSIX.some((n) => name.includes(n));
}
/** The argv a `#!` line runs: `#!/bin/bash -e` → `["/bin/bash", "-e"]`, `#!/usr/bin/env bash` → `["bash"]`; null without one. */
function shebangArgv(text) {
    const m = /^#!\s*([^\n]*)/.exec(text);
    if (!m)
        return null;
    const words = m[1].trim().split(/\s+/).filter((w) => w !== '');
    // `env` starts the program it names (after its own options, `env -S bash -e`).
    if (words.length > 1 && shellName(words) === 'env')
        return words.slice(1).filter((w, i) => i > 0 || !w.startsWith('-'));
    return words.length > 0 ? words : null;
}
/**
 * The argv of the shell that runs one script of a RUN: an exec form's own shell
 * (`["/bin/bash", "-c", …]`); for a heredoc script its shebang, else the shell the RUN line starts it
 * with (`RUN bash -e <<EOF`); otherwise `shell`, the SHELL in effect.
 */
function scriptShell(script, scripts, execForm, shell) {
    if (script.source === 'exec')
        return execForm ?? shell;
    if (script.source === 'heredoc') {
        const shebang = shebangArgv(script.text);
        if (shebang)
            return shebang;
        const launcher = scripts.find((s) => s.source === 'shell')?.parsed.commands.find((c) => c.depth === 0);
        if (launcher)
            return [launcher.name, ...launcher.args.map((a) => a.value)];
    }
    return shell;
}
/**
 * Whether a stage is built from a Windows image: `--platform=windows/…`, a Windows base
 * (`mcr.microsoft.com/windows/servercore`, `…/nanoserver`, an `ltsc2022` tag), or the backtick escape
 * character Windows Dockerfiles use.
 */
function isWindowsStage(df, stage) {
    if (stage.platform?.toLowerCase().startsWith('windows'))
        return true;
    if (df.escapeChar === '`')
        return true;
    if (stage.base.kind !== 'image')
        return false;
    const ref = stage.base.expanded;
    return /mcr\.microsoft\.com\/windows\b|nanoserver|servercore|:[^/]*ltsc\d{4}|(^|\/)windows(:|$)/i.test(ref);
}
/**
 * The shell each RUN (and ONBUILD RUN) of the file runs under, keyed by the instruction written in the
 * file. SHELL changes it for the rest of the stage and for stages built FROM that stage (as BuildKit
 * does; hadolint starts every stage over). A `# hadolint shell=…` comment sets it from that line on;
 * written before the first FROM, it is every stage's default. A stage from a Windows image starts
 * with cmd.exe, as Windows containers do.
 */
function runShells(df) {
    const pragmas = df.comments
        .filter((c) => !c.embedded)
        .map((c) => ({ line: c.line, shell: SHELL_PRAGMA.exec(c.text)?.[1] }))
        .filter((p) => p.shell !== undefined);
    const firstFrom = df.stages[0]?.from.line ?? Infinity;
    const globalPragma = pragmas.filter((p) => p.line < firstFrom).pop();
    const fileDefault = globalPragma ? { argv: [globalPragma.shell] } : shell_DEFAULT_SHELL;
    const out = new Map();
    // Walks one section (the preamble or a stage) in line order, SHELLs and pragmas changing the shell.
    const walk = (start, instructions, fromLine, toLine) => {
        const events = [
            ...instructions.map((instruction) => ({ line: instruction.line, instruction })),
            ...pragmas.filter((p) => p.line > fromLine && p.line <= toLine).map((p) => ({ line: p.line, pragma: p.shell })),
        ].sort((a, b) => a.line - b.line);
        let current = start;
        for (const event of events) {
            if ('pragma' in event) {
                current = { argv: [event.pragma] };
                continue;
            }
            const ins = event.instruction;
            if (ins.keyword === 'SHELL' && ins.execForm && ins.execForm.length > 0)
                current = { argv: ins.execForm };
            else if (ins.keyword === 'RUN' || ins.trigger?.keyword === 'RUN')
                out.set(ins, current);
        }
        return current;
    };
    walk(fileDefault, df.preamble, 0, firstFrom - 1);
    const finals = [];
    for (const stage of df.stages) {
        const external = globalPragma ? fileDefault : isWindowsStage(df, stage) ? WINDOWS_DEFAULT_SHELL : shell_DEFAULT_SHELL;
        const start = stage.base.kind === 'stage' ? (finals[stage.base.stage] ?? external) : external;
        finals[stage.index] = walk(start, stage.instructions, stage.from.line, stage.endLine);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/lint/rules/pipe-without-pipefail.ts




/** Shells that know `-o pipefail` whatever the image: bash, zsh, the Korn shells, BusyBox ash. */
const PIPEFAIL_SHELLS = ['bash', 'zsh', 'ash', 'ksh', 'mksh', 'busybox'];
/**
 * Upstream commands whose failure pipefail would not be about: `echo`/`printf` cannot fail in a way
 * that matters (and under pipefail `echo … | grep -q` can fail on a closed pipe), and `yes` always
 * ends on SIGPIPE, so pipefail would break a working `yes | cmd`.
 */
const HARMLESS_UPSTREAM = new Set(['echo', 'printf', 'yes']);
const BASH_PIPEFAIL = '`SHELL ["/bin/bash", "-o", "pipefail", "-c"]`';
const DASH_PIPEFAIL_SINCE = 'dash has it from Debian 13 (trixie) and Ubuntu 24.10 on';
function pipefailSupport(name, system) {
    if (PIPEFAIL_SHELLS.includes(name))
        return 'yes';
    if (name !== 'sh' && name !== 'dash')
        return 'unknown';
    if (!system || (name === 'dash' && system.shell !== 'dash'))
        return 'unknown';
    return system.pipefail === null ? 'depends' : system.pipefail ? 'yes' : 'no';
}
/** `["/bin/bash", "-eo", "pipefail", "-c"]`: a shell started with pipefail. */
function startsWithPipefail(argv) {
    return argv.some((word, i) => word === 'pipefail' && i > 0 && /^-[A-Za-z]*o$/.test(argv[i - 1]));
}
function setsPipefail(cmd) {
    return cmd.base === 'set' && commandFlags(cmd).includes('o') && hasArg(cmd, 'pipefail');
}
/**
 * The first command whose failure a pipe would hide, unless `set -o pipefail` ran before it. A pipe
 * inside a `$( )` whose status is thrown away anyway (an argument, a `for` list) hides nothing.
 */
function hiddenFailure(commands) {
    for (const cmd of commands) {
        if (setsPipefail(cmd))
            return null;
        if (cmd.piped && !cmd.statusIgnored && !HARMLESS_UPSTREAM.has(cmd.base))
            return cmd;
    }
    return null;
}
/** `` `/bin/sh` is dash in Debian 12 (bookworm)``: what a message says the shell is. */
function whichShell(argv, system) {
    return `\`${argv[0]}\` is dash${system?.release ? ` in ${system.release}` : ''}`;
}
/** How to turn pipefail on, in the terms of the shell the RUN runs under. */
function advice(argv, support, system) {
    const name = shellName(argv);
    if (support === 'no')
        return `add ${BASH_PIPEFAIL} before this RUN (this dash has no pipefail)`;
    if (support === 'depends')
        return `add ${BASH_PIPEFAIL} before this RUN (\`set -o pipefail\` works in dash only from Debian 13 and Ubuntu 24.10 on)`;
    if (support === 'unknown')
        return `add ${BASH_PIPEFAIL} (\`/bin/ash\` on Alpine) before this RUN, or \`set -o pipefail\` in it where /bin/sh has pipefail`;
    if (system?.shell === 'ash' && (name === 'sh' || name === 'ash' || name === 'busybox')) {
        return 'add `set -o pipefail &&` at the start of the RUN, or `SHELL ["/bin/ash", "-o", "pipefail", "-c"]` before it (BusyBox ash has pipefail)';
    }
    if (name === 'sh' || name === 'dash')
        return `add \`set -o pipefail &&\` at the start of the RUN, or ${BASH_PIPEFAIL} before it`;
    return `add \`set -o pipefail &&\` at the start of the RUN, or start the shell with it: \`SHELL ["${argv[0]}", "-o", "pipefail", "-c"]\``;
}
/** What one script of a RUN is told, or null when its pipes are covered. */
function judge(argv, commands, system) {
    const support = pipefailSupport(shellName(argv), system);
    const started = startsWithPipefail(argv);
    const asked = started ? `\`${argv.join(' ')}\`` : commands.some(setsPipefail) ? '`set -o pipefail`' : null;
    if (asked && support === 'no') {
        return {
            severity: 'error',
            message: `${asked} stops this RUN: ${whichShell(argv, system)}, which has no pipefail option (${DASH_PIPEFAIL_SINCE}); use ${BASH_PIPEFAIL} instead`,
        };
    }
    if (asked && support === 'depends') {
        return {
            severity: 'warning',
            message: `${asked} works only if the image's dash (\`${argv[0]}\`) is new enough: ${DASH_PIPEFAIL_SINCE}, while in Debian 12, Ubuntu 24.04 and older it stops the RUN ("Illegal option -o pipefail"); name the release in the tag (\`debian:trixie\`) or use ${BASH_PIPEFAIL}`,
        };
    }
    if (started && support === 'yes')
        return null;
    const culprit = hiddenFailure(commands);
    if (!culprit)
        return null;
    return {
        severity: 'warning',
        message: `Set the SHELL option -o pipefail before RUN with a pipe in it: if \`${describeCommand(culprit, 3)}\` fails, the build goes on; ${advice(argv, support, system)}`,
    };
}
const pipeWithoutPipefail = {
    id: 'pipe-without-pipefail',
    title: 'Set -o pipefail before a RUN with a pipe',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL4006'],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        const shells = runShells(df);
        for (const { instruction, run } of runInstructions(df)) {
            const shell = shells.get(instruction).argv;
            if (isNonPosixShell(shell))
                continue;
            const system = stageSystemShell(df, df.stages[instruction.stage]);
            const scripts = runScripts(run);
            for (const script of scripts) {
                const verdict = judge(scriptShell(script, scripts, run.execForm, shell), script.parsed.commands, system);
                if (!verdict)
                    continue;
                ctx.reportAt(instruction, verdict.message, verdict.severity);
                break;
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/pointless-command-in-run.ts

/** Commands that manage a running machine or talk to a person: a build has neither. */
const POINTLESS = {
    free: 'shows the memory of the build machine, not of the container that will run',
    ifconfig: 'shows the build network, not the one the container will run in',
    kill: 'stops a process, and no process outlives the RUN',
    mount: 'cannot mount anything in an unprivileged build',
    ps: 'lists the processes of a build step, which end with it',
    service: 'starts or stops a service that does not outlive the RUN',
    shutdown: 'has no machine to shut down',
    ssh: 'opens a remote session a build cannot answer',
    top: 'is interactive and never returns in a build',
    vim: 'is an interactive editor and never returns in a build',
};
const pointlessCommandInRun = {
    id: 'pointless-command-in-run',
    title: 'Commands that make no sense in a Docker build',
    severity: 'info',
    scope: 'all',
    aliases: ['DL3001'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            const cmd = site.commands.find((c) => Object.hasOwn(POINTLESS, c.base));
            if (!cmd)
                continue;
            ctx.reportAt(site.instruction, `For some bash commands it makes no sense running them in a Docker container like \`ssh\`, \`vim\`, \`shutdown\`, \`service\`, \`ps\`, \`free\`, \`top\`, \`kill\`, \`mount\`, \`ifconfig\`: ` +
                `\`${cmd.base}\` ${POINTLESS[cmd.base]}. Remove it from the RUN`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/redundant-target-platform.ts


const redundantTargetPlatform = {
    id: 'redundant-target-platform',
    title: 'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
    severity: 'warning',
    scope: 'all',
    aliases: ['RedundantTargetPlatform', 'DL3065'],
    checkStage(stage, ctx) {
        const platform = stage.platform;
        if (platform === null)
            return;
        const { values } = fromArguments(ctx.dockerfile);
        const expansion = expandWord(platform, { get: (name) => values.get(name) }, { escapeChar: ctx.dockerfile.escapeChar });
        // Only a value that is exactly $TARGETPLATFORM: other variables around it may change the result.
        const onlyTargetPlatform = expansion.matched.size === 1 && expansion.matched.has('TARGETPLATFORM') && expansion.unmatched.size === 0;
        if (!onlyTargetPlatform || expansion.result !== values.get('TARGETPLATFORM'))
            return;
        ctx.reportAt(stage.from, `Setting platform to predefined ${platform} in FROM is redundant as this is the default behavior: remove \`--platform=${platform}\``);
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/runtime-version-drift.ts


const NAMES = { node: 'Node', python: 'Python', java: 'Java' };
/** What each distribution release packages: `apk add nodejs`, `apt-get install python3`. */
const PACKAGED = {
    'alpine:3.17': { node: '18', python: '3.10' },
    'alpine:3.18': { node: '18', python: '3.11' },
    'alpine:3.19': { node: '20', python: '3.11' },
    'alpine:3.20': { node: '20', python: '3.12' },
    'alpine:3.21': { node: '22', python: '3.12' },
    'alpine:3.22': { node: '22', python: '3.12' },
    'debian:bullseye': { node: '12', python: '3.9' },
    'debian:bookworm': { node: '18', python: '3.11' },
    'debian:trixie': { node: '20', python: '3.13' },
    'ubuntu:jammy': { node: '12', python: '3.10' },
    'ubuntu:noble': { node: '18', python: '3.12' },
};
const DEBIAN_CODENAMES = { '11': 'bullseye', '12': 'bookworm', '13': 'trixie' };
const UBUNTU_CODENAMES = { '22.04': 'jammy', '24.04': 'noble' };
/** The distribution release an image's packages come from: `alpine:3.20`, `debian:bookworm`. */
function runtime_version_drift_releaseOf(image) {
    const tag = image.tag ?? '';
    if (image.familiar === 'alpine')
        return /^\d+\.\d+/.exec(tag) ? `alpine:${/^\d+\.\d+/.exec(tag)[0]}` : null;
    if (image.familiar === 'debian') {
        const codename = /^(bullseye|bookworm|trixie)/.exec(tag)?.[1] ?? DEBIAN_CODENAMES[/^\d+/.exec(tag)?.[0] ?? ''];
        return codename ? `debian:${codename}` : null;
    }
    if (image.familiar === 'ubuntu') {
        const codename = /^(jammy|noble)/.exec(tag)?.[1] ?? UBUNTU_CODENAMES[/^\d\d\.\d\d/.exec(tag)?.[0] ?? ''];
        return codename ? `ubuntu:${codename}` : null;
    }
    return null;
}
/** The runtime an image itself carries, from its name and tag; null when the tag names no version (`lts`, `latest`). */
function imageRuntime(image, at) {
    const tag = image.tag ?? '';
    const source = `\`${formatImage(image)}\``;
    const distroless = /^gcr\.io\/distroless\/(nodejs(\d+)|python3|java(\d+))(-debian(\d+))?$/.exec(image.familiar);
    if (distroless) {
        if (distroless[2])
            return { runtime: 'node', version: distroless[2], source, at };
        if (distroless[3])
            return { runtime: 'java', version: distroless[3], source, at };
        const debian = distroless[5];
        const python = debian === '12' ? '3.11' : debian === '11' ? '3.9' : null;
        return python ? { runtime: 'python', version: python, source, at } : null;
    }
    switch (image.familiar) {
        case 'node': {
            const major = /^(\d+)(?:[.-]|$)/.exec(tag)?.[1];
            return major ? { runtime: 'node', version: major, source, at } : null;
        }
        case 'python': {
            const minor = /^(\d+\.\d+)(?:[.-]|$)/.exec(tag)?.[1];
            return minor ? { runtime: 'python', version: minor, source, at } : null;
        }
        case 'eclipse-temurin':
        case 'openjdk':
        case 'amazoncorretto':
        case 'ibm-semeru-runtimes':
        case 'sapmachine': {
            const major = /^(\d+)(?:[.u-]|$)/.exec(tag)?.[1];
            return major ? { runtime: 'java', version: major, source, at } : null;
        }
        case 'maven':
        case 'gradle': {
            // `maven:3.9-eclipse-temurin-21`, `gradle:8.5-jdk17`: the JDK is in the tag's suffix.
            const major = /(?:temurin|jdk|corretto|openjdk|sapmachine|semeru)-?(\d+)/.exec(tag)?.[1];
            return major ? { runtime: 'java', version: major, source, at } : null;
        }
        default:
            return null;
    }
}
/** The runtime a chain runs: the base image's own, or the one the chain installs from the distribution. */
function chainRuntime(df, stage) {
    const image = rootImage(df, stage);
    if (!image)
        return [];
    const root = chainOf(df, stage)[0];
    const own = imageRuntime(image, root.from);
    const out = own ? [own] : [];
    const release = runtime_version_drift_releaseOf(image);
    if (release && PACKAGED[release]) {
        for (const ins of instructionsOf(chainOf(df, stage))) {
            for (const install of packageInstalls(ins)) {
                for (const pkg of install.packages) {
                    const runtime = pkg === 'nodejs' ? 'node' : pkg === 'python3' ? 'python' : null;
                    const version = runtime ? PACKAGED[release][runtime] : undefined;
                    if (runtime && version)
                        out.push({ runtime, version, source: `${release.replace(/^(\w)/, (c) => c.toUpperCase()).replace(':', ' ')}'s packaged \`${pkg}\``, at: ins });
                }
            }
        }
    }
    return out;
}
const runtime_version_drift_FIX = {
    node: 'native modules (node-gyp addons) and the lockfile were built and resolved for the build stage\'s Node',
    python: 'wheels with C extensions are built for one Python minor version and the virtualenv points at that interpreter',
    java: 'classes compiled for a newer Java fail with UnsupportedClassVersionError on an older one',
};
const runtimeVersionDrift = {
    id: 'runtime-version-drift',
    title: 'The build stage and the image you ship run different versions of the same runtime',
    severity: 'warning',
    scope: 'shipped',
    aliases: [],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        const target = ctx.target;
        if (!target)
            return;
        const runs = chainRuntime(df, target);
        if (runs.length === 0)
            return;
        const reported = new Set();
        for (const source of sourceStages(df, shippedChain(ctx))) {
            const sourceImage = rootImage(df, source);
            const targetImage = rootImage(df, target);
            // Two tags of one repository are base-image-tag-drift's; this rule is about images from different repositories.
            if (!sourceImage || !targetImage || sourceImage.familiar === targetImage.familiar)
                continue;
            // Only what the stage built or installed is tied to its runtime; a stage that copies a release
            // (the upstream Maven install) is not.
            if (!instructionsOf(chainOf(df, source)).some((i) => buildSteps(i).length > 0 || dependencyInstall(i) !== null))
                continue;
            for (const built of chainRuntime(df, source)) {
                const run = runs.find((r) => r.runtime === built.runtime);
                if (!run || run.version === built.version)
                    continue;
                // A newer JVM runs older classes; only an older one breaks.
                if (built.runtime === 'java' && Number(run.version) > Number(built.version))
                    continue;
                const key = `${built.runtime}:${built.version}:${run.version}`;
                if (reported.has(key))
                    continue;
                reported.add(key);
                const name = NAMES[built.runtime];
                ctx.reportAt(run.at, `The build stage ${source.name ? `\`${source.name}\` ` : ''}runs ${name} ${built.version} (${built.source}) and this image runs ${name} ${run.version} (${run.source}): ${runtime_version_drift_FIX[built.runtime]}. Use the same ${built.runtime === 'python' ? 'version' : 'major version'} in both stages.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/reserved-stage-name.ts
/** Names BuildKit gives a meaning of its own: the empty image and the build context. */
const RESERVED = new Set(['scratch', 'context']);
const reservedStageName = {
    id: 'reserved-stage-name',
    title: 'Reserved words should not be used as stage names',
    severity: 'warning',
    scope: 'all',
    aliases: ['ReservedStageName', 'DL3063'],
    checkStage(stage, ctx) {
        if (stage.name === null || !RESERVED.has(stage.id))
            return;
        const meaning = stage.id === 'scratch' ? 'the empty base image (`FROM scratch`)' : 'the build context (`COPY --from=context`)';
        ctx.reportAt(stage.from, `Stage name should not use the same name as reserved stage "${stage.id}": the name hides ${meaning} from later instructions; rename the stage`);
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/secret-file-in-shipped-stage.ts


/**
 * Files that hold credentials by convention: dotenv files (`.env`, `app.env`, `.env.production`),
 * `secrets.yaml`, `credentials*`, registry tokens, SSH and TLS private keys, and `secrets/` folders.
 * `.env.example` and friends are templates, not secrets; `*.pem` and a bare `*.key` are left out
 * because public certificates and repository signing keys share the extensions.
 */
const SECRET_NAME = /^(\.npmrc|\.netrc|_netrc|\.pypirc|\.git-credentials|\.dockercfg|id_(rsa|dsa|ecdsa|ed25519)|credentials([\w.-]*)?|service[-_]?account[\w.-]*\.json|secrets?(\.(json|ya?ml|env|toml))?|\.env(\.[\w-]+)?|\.env\*|[\w-]+\.env|\*\.env|(tls|ssl|server|client|private)[\w.-]*\.key|[\w.-]*private[-_]?key[\w.-]*)$/i;
const TEMPLATE = /\.(example|sample|template|tmpl|dist|defaults?|schema)$/i;
const SECRET_PATH = /(^|\/)\.(docker\/config\.json|aws\/credentials|kube\/config|ssh\/id_\w+)$/;
function secretName(path) {
    const clean = path.replace(/\/+$/, '');
    const name = clean.slice(clean.lastIndexOf('/') + 1);
    const inFolder = SECRET_PATH.exec(clean);
    if (inFolder)
        return `.${inFolder[2]}`;
    if (!SECRET_NAME.test(name) || TEMPLATE.test(name))
        return null;
    return name;
}
/** A mount target the secret could use instead: where the tool reads it. */
function mountHint(name) {
    const id = name.replace(/^[._]+/, '').replace(/[^\w-]/g, '_') || 'secret';
    if (/npmrc/.test(name))
        return `\`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\``;
    if (/netrc/.test(name))
        return `\`RUN --mount=type=secret,id=netrc,target=/root/.netrc …\``;
    if (/^id_/.test(name))
        return '`RUN --mount=type=ssh …` (with `docker build --ssh default`)';
    return `\`RUN --mount=type=secret,id=${id} …\` (the file appears under \`/run/secrets/${id}\` for that one command)`;
}
const secretFileInShippedStage = {
    id: 'secret-file-in-shipped-stage',
    title: 'A credentials file is copied into the image you ship',
    severity: 'warning',
    scope: 'shipped',
    aliases: [],
    checkFile(ctx) {
        // A test or dev image is not published, and keys in test fixtures are made up for the tests.
        if (isDevelopmentImage(ctx.dockerfile, ctx.target))
            return;
        // A source the .dockerignore excludes never reaches the build (copy-ignored-file says the COPY fails).
        const ignore = ctx.dockerignoreKnown && ctx.dockerignore !== null ? parseDockerignore(ctx.dockerignore) : null;
        const ignored = (source) => ignore !== null && !ignore.hasExclusions && ignore.excludes(cleanPath(source));
        for (const stage of shippedChain(ctx)) {
            for (const ins of stage.instructions) {
                const spec = copySpec(stage, ins);
                if (!spec)
                    continue;
                // The destination names the file when it is not a folder: `COPY npmrc /root/.npmrc`.
                const destFile = spec.dest.endsWith('/') || spec.sources.length > 1 ? null : secretName(spec.dest);
                const sources = (spec.from === null ? spec.sources.filter((src) => !ignored(src)) : spec.sources).filter((src) => !isTestFixturePath(src));
                if (sources.length === 0)
                    continue;
                const names = [...new Set(sources.map(secretName).filter((n) => n !== null))];
                if (names.length === 0 && destFile)
                    names.push(destFile);
                if (names.length === 0)
                    continue;
                const listed = names.map((n) => `\`${n}\``).join(', ');
                const are = names.length === 1 ? 'is' : 'are';
                ctx.reportAt(ins, `${listed} ${are} copied into the image you ship: anyone who can pull the image can read ${names.length === 1 ? 'it' : 'them'}, and deleting ${names.length === 1 ? 'it' : 'them'} in a later step leaves ${names.length === 1 ? 'it' : 'them'} in this layer. ` +
                    `Pass ${names.length === 1 ? 'it' : 'each'} to the one command that needs it with ${names.map(mountHint).filter((h, i, all) => all.indexOf(h) === i).join(' or ')}.`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/secrets-used-in-arg-or-env.ts


/** A secret-sounding word as the whole name or its first or last `_`-separated part (BuildKit's list). */
const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
/** Words that mark the name as describing a secret rather than holding one. */
const NOT_SECRET = /(?:_|^)(?:public|file|version)(?:_|$)/i;
/**
 * Words that make a `…_KEY` a secret key whatever its value looks like (`API_KEY`, `AWS_ACCESS_KEY`,
 * `NEW_RELIC_LICENSE_KEY` — 40 hex digits, like a fingerprint). Not `SIGNING`: `SWIFT_SIGNING_KEY` holds
 * the fingerprint of the key that signs releases, and a private key is never 40 hex digits.
 */
const SECRET_KEY_WORDS = new Set([
    'access', 'account', 'admin', 'aes', 'api', 'apikey', 'app', 'application', 'auth', 'client', 'cookie', 'credential',
    'credentials', 'crypt', 'encrypt', 'encryption', 'hmac', 'jwt', 'licence', 'license', 'master', 'passwd', 'password',
    'private', 'pword', 'root', 'secret', 'service', 'session', 'ssh', 'token', 'webhook',
]);
/** Names that say the key is a public OpenPGP one: `GPG_KEY`, `PGP_KEY_ID`, `NODE_RELEASE_KEY`, `PUBLIC_KEY`. */
const PUBLIC_KEY_NAME = /(?:^|_)(?:gpg|pgp|gnupg|openpgp|public)(?:_|$)|(?:^|_)release_keys?(?:_|$)/i;
/** An OpenPGP fingerprint (40 hex digits) or long key id (16), `0x` optional. */
const KEY_ID = /^(?:0x)?(?:[0-9a-f]{40}|[0-9a-f]{16})$/i;
/** One or more fingerprints or key ids, separated by spaces or commas; a fingerprint may be written in groups of four. */
function isKeyIdList(value) {
    const tokens = value.trim().split(/[\s,]+/).filter((t) => t !== '');
    if (tokens.length === 0)
        return false;
    if (tokens.every((t) => KEY_ID.test(t)))
        return true;
    return tokens.length % 10 === 0 && tokens.every((t) => /^[0-9a-f]{4}$/i.test(t));
}
/**
 * Whether a variable holds public OpenPGP key ids, as the release-verification steps of official images
 * do (`ENV GPG_KEY 7169605F62C751356D054A26A821E680E5FA6305`): `KEY` is its only secret word, and its value
 * is fingerprints or its name says GPG, PGP, RELEASE_KEY or PUBLIC. On real Dockerfiles most findings of
 * both secret rules were these.
 */
function holdsPublicKeyIds(name, value) {
    const words = name.toLowerCase().split(/[_\-.]+/);
    if (!words.includes('key') && !words.includes('keys'))
        return false;
    if (words.some((w) => SECRET_KEY_WORDS.has(w)))
        return false;
    return PUBLIC_KEY_NAME.test(name) || (value !== null && isKeyIdList(value));
}
/** Whether this rule reports a variable of that name and value (sensitive-data-in-arg-or-env defers to it). */
function looksLikeSecret(name, value) {
    return SECRET.test(name) && !NOT_SECRET.test(name) && !holdsPublicKeyIds(name, value);
}
const secretsUsedInArgOrEnv = {
    id: 'secrets-used-in-arg-or-env',
    title: 'Sensitive data should not be used in the ARG or ENV commands',
    severity: 'warning',
    scope: 'all',
    aliases: ['SecretsUsedInArgOrEnv', 'DL3064'],
    checkStage(stage, ctx) {
        const escapeChar = ctx.dockerfile.escapeChar;
        forEachInstructionVariables(ctx.dockerfile, stage, (ins, variables) => {
            // `ONBUILD ENV API_TOKEN=…` puts the value into every image built FROM this one.
            const target = instructionToCheck(ins);
            if (target.keyword !== 'ENV' && target.keyword !== 'ARG')
                return;
            for (const pair of target.pairs) {
                // ENV names are expanded before the check, ARG names taken as written; a trigger's variables are
                // those of the build that runs it, so its names are taken as written too.
                const expandable = target.keyword === 'ENV' && ins.trigger === null && pair.key.includes('$');
                const name = expandable ? (variables_resolveWord(pair.key, variables, escapeChar) ?? pair.key) : pair.key;
                // `ENV SWIFT_SIGNING_KEY=$SWIFT_SIGNING_KEY` holds what the ARG's default holds.
                const value = pair.value !== null && ins.trigger === null ? (variables_resolveWord(pair.value, variables, escapeChar) ?? pair.value) : pair.value;
                if (!looksLikeSecret(name, value))
                    continue;
                const id = name.toLowerCase().replace(/[^a-z0-9_.-]/g, '_');
                ctx.reportAt(ins, `Do not use ARG or ENV instructions for sensitive data (${target.keyword} ${JSON.stringify(name)}): values stay in the image history; pass it with \`RUN --mount=type=secret,id=${id}\` and \`docker build --secret id=${id}\` instead`);
            }
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/sensitive-data-in-arg-or-env.ts


/** Names that are credentials wherever they appear (hadolint's list). */
const KNOWN_SENSITIVE_NAMES = new Set([
    'ACCESS_TOKEN', 'APPLICATION_KEY', 'APP_SECRET', 'AUTH_TOKEN', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY',
    'BITTREX_API_KEY', 'BITTREX_API_SECRET', 'CF_PASSWORD', 'CF_USERNAME', 'CIRCLE_TOKEN', 'CI_DEPLOY_PASSWORD',
    'CI_DEPLOY_USER', 'DOCKERHUB_PASSWORD', 'DOCKER_EMAIL', 'DOCKER_PASSWORD', 'DOCKER_USERNAME', 'FACEBOOK_ACCESS_TOKEN',
    'FACEBOOK_APP_ID', 'FACEBOOK_APP_SECRET', 'FIREBASE_API_TOKEN', 'FIREBASE_TOKEN', 'FOSSA_API_KEY', 'GH_ENTERPRISE_TOKEN',
    'GH_TOKEN', 'GITHUB_ENTERPRISE_TOKEN', 'GITHUB_TOKEN', 'HEROKU_API_KEY', 'HEROKU_API_USER', 'NPM_AUTH_TOKEN', 'NPM_TOKEN',
    'OKTA_AUTHN_GROUPID', 'OKTA_CLIENT_ORGURL', 'OKTA_CLIENT_TOKEN', 'OKTA_OAUTH2_CLIENTID', 'OKTA_OAUTH2_CLIENTSECRET',
    'OPENAI_API_KEY', 'OS_PASSWORD', 'OS_USERNAME', 'POSTGRES_PASSWORD', 'SLACK_TOKEN', 'STRIPE_API_KEY', 'STRIPE_DEVICE_NAME',
    'TRAVIS_OS_NAME', 'TRAVIS_SECURE_ENV_VARS', 'TRAVIS_SUDO', 'VAULT_CLIENT_KEY', 'VAULT_TOKEN',
]);
/**
 * What makes any name suspicious, matched as hadolint does: anywhere in the lower-cased name, so
 * `PGPASSWORD` and `GITHUBTOKEN` count. hadolint's list without `username`: an account name is not a secret.
 */
const SUSPICIOUS_SUBSTRINGS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token'];
/** Words that say the variable points at a secret or describes it, rather than holding it: `SECRET_KEY_FILE`. */
const POINTER_WORDS = ['file', 'path', 'dir', 'version', 'public'];
/** Words that contain a suspicious one and mean something else: `TOKENIZERS_PARALLELISM` (Hugging Face) holds no token. */
const INNOCENT_WORDS = ['tokenize', 'tokenizer', 'tokenizers'];
function isSensitiveName(name) {
    if (KNOWN_SENSITIVE_NAMES.has(name.toUpperCase()))
        return true;
    const lower = name.toLowerCase();
    const words = lower.split(/[_.-]/);
    if (words.some((w) => POINTER_WORDS.includes(w)))
        return false;
    const searched = words.some((w) => INNOCENT_WORDS.includes(w)) ? words.filter((w) => !INNOCENT_WORDS.includes(w)).join('_') : lower;
    return SUSPICIOUS_SUBSTRINGS.some((s) => searched.includes(s));
}
/**
 * Whether BuildKit's SecretsUsedInArgOrEnv (secrets-used-in-arg-or-env, which carries DL3064 as an alias)
 * already reports the variable: an ARG or ENV inside a stage, ONBUILD triggers included. That finding
 * stands for DL3064 on the line; this rule reports the names hadolint flags beyond it (global ARGs, its
 * own name list, its words inside longer words), so no line is reported twice.
 */
function reportedAsSecretsUsedInArgOrEnv(ins, pair) {
    return ins.stage >= 0 && looksLikeSecret(pair.key, pair.value);
}
function message(keyword, names) {
    const list = names.map((n) => `\`${n}\``).join(', ');
    return (`Potentially sensitive data should not be used in the \`ARG\` or \`ENV\` commands: ${keyword} ${list} ` +
        `${names.length > 1 ? 'are' : 'is'} ${keyword === 'ENV' ? 'stored in the image config' : 'recorded in the image history'}, where anyone who can pull the image reads ${names.length > 1 ? 'them' : 'it'}. ` +
        'Pass secrets with `RUN --mount=type=secret,id=…` instead');
}
const sensitiveDataInArgOrEnv = {
    id: 'sensitive-data-in-arg-or-env',
    title: 'Potentially sensitive data should not be used in the `ARG` or `ENV` commands',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3064'],
    checkFile(ctx) {
        for (const ins of ctx.dockerfile.instructions) {
            // ONBUILD ARG / ENV put the value into every child image.
            const target = instructionToCheck(ins);
            if (target.keyword !== 'ARG' && target.keyword !== 'ENV')
                continue;
            const names = target.pairs
                .filter((p) => isSensitiveName(p.key) && !holdsPublicKeyIds(p.key, p.value) && !reportedAsSecretsUsedInArgOrEnv(ins, p))
                .map((p) => p.key);
            if (target.keyword === 'ARG')
                for (const name of names)
                    ctx.reportAt(ins, message('ARG', [name]));
            else if (names.length > 0)
                ctx.reportAt(ins, message('ENV', names));
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/shell-changed-with-ln.ts


/** Where the default shell lives (/bin is /usr/bin on merged-/usr distributions). */
const DEFAULT_SHELL_PATHS = ['/bin/sh', '/usr/bin/sh'];
const LN_OPTIONS_WITH_VALUE = ['t', 'target-directory', 'S', 'suffix'];
const shellChangedWithLn = {
    id: 'shell-changed-with-ln',
    title: 'Use SHELL instead of replacing /bin/sh with ln',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL4005'],
    checkFile(ctx) {
        for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
            let removed = false;
            for (const cmd of executedCommands(run)) {
                if (cmd.base === 'rm' && positionalArgs(cmd).some((p) => DEFAULT_SHELL_PATHS.includes(p)))
                    removed = true;
                if (cmd.base !== 'ln')
                    continue;
                // The link being made is the last operand. Without -f (or an rm before), ln fails when /bin/sh
                // exists, so a plain `ln -s /busybox/sh /bin/sh` gives a shell to an image that had none.
                const paths = operands(cmd, LN_OPTIONS_WITH_VALUE);
                if (paths.length < 2 || !DEFAULT_SHELL_PATHS.includes(paths[paths.length - 1]))
                    continue;
                if (!removed && !hasAnyFlag(cmd, ['f', 'force']))
                    continue;
                ctx.reportAt(instruction, `Use SHELL to change the default shell: \`${describeCommand(cmd)}\` replaces /bin/sh for every later RUN and for whatever runs in the container; write \`SHELL ["${paths[0]}", "-c"]\` instead`);
                break;
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/shellcheck.ts
/**
 * Relays ShellCheck's findings on RUN scripts. ShellCheck runs in batches over every Dockerfile of a lint
 * (src/lint/shellcheck computes the scripts and maps the results back; src/files/shellcheck-runner.ts
 * runs the program); each finding keeps its own `SCxxxx` code, which suppressions and config accept,
 * and its own level.
 */
const shellcheck = {
    id: 'shellcheck',
    title: 'ShellCheck findings in RUN scripts',
    severity: 'warning',
    scope: 'all',
    aliases: [],
    checkFile(ctx) {
        for (const finding of ctx.externalFindings('shellcheck'))
            ctx.report(finding);
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/stage-name-casing.ts

const stageNameCasing = {
    id: 'stage-name-casing',
    title: 'Stage names should be lowercase',
    severity: 'warning',
    scope: 'all',
    aliases: ['StageNameCasing'],
    checkStage(stage, ctx) {
        const words = parseWords(stage.from.args, ctx.dockerfile.escapeChar);
        if (words.length !== 3)
            return;
        const name = words[2];
        const lower = name.toLowerCase();
        if (name !== lower) {
            ctx.reportAt(stage.from, `Stage name '${name}' should be lowercase: write \`AS ${lower}\` (stage names are matched case-insensitively, so nothing that refers to it changes)`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/sudo-in-run.ts


const sudoInRun = {
    id: 'sudo-in-run',
    title: 'Do not use sudo',
    severity: 'error',
    scope: 'all',
    aliases: ['DL3004'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            const sudo = site.written.find((cmd) => cmd.base === 'sudo');
            if (!sudo)
                continue;
            const user = [...flagValues(sudo, 'u'), ...flagValues(sudo, 'user')][0];
            const inner = unwrap(sudo);
            const command = inner === sudo ? '<command>' : showCommand(inner, 40);
            // `sudo -u app …` switches to another user; plain `sudo …` asks for root from a non-root USER.
            const fix = user
                ? `run it as \`USER ${user}\` in its own RUN, or as \`gosu ${user} ${command}\``
                : 'put `USER root` before this RUN (and switch back after), or use `gosu` in an entrypoint';
            ctx.reportAt(site.instruction, `Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root: \`${showCommand(sudo)}\` depends on sudo's configuration and TTY handling; ${fix}`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/toolchain-in-final-stage.ts


/**
 * GPU and ML runtime images: Triton, `torch.compile` and PyTorch C++ extensions JIT-compile kernels with
 * the system compiler, Python headers, cmake and ninja while the app runs: there they are runtime
 * dependencies.
 */
const ML_RUNTIME = /\b(cuda|rocm|pytorch|torch|triton|habana|gaudi|oneapi|neuron|tensorrt|vllm|jax)\b/i;
/** Whether any stage starts from a GPU/ML image or installs an ML framework the final image may carry. */
function buildsMlRuntime(df) {
    return df.stages.some((s) => ML_RUNTIME.test(s.base.raw) || s.instructions.some((i) => i.keyword === 'RUN' && ML_RUNTIME.test(i.args)));
}
/** Whether a later RUN uses the toolchain: compiles, runs make or git, or installs dependencies that may compile. */
function usedBy(instructions, from) {
    const later = instructions.slice(instructions.indexOf(from) + 1);
    return (later.find((ins) => dependencyInstall(ins) !== null ||
        runCommandsOf(ins).some((c) => buildStepOf(c, ins) !== null || ['git', 'make', 'gcc', 'g++', 'cc', 'cmake', 'node-gyp'].includes(unwrap(c).base))) ?? null);
}
const toolchainInFinalStage = {
    id: 'toolchain-in-final-stage',
    title: 'Compilers, headers or git are installed in the image you ship',
    severity: 'warning',
    scope: 'shipped',
    aliases: [],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        const chain = productionAppChain(ctx);
        if (!ctx.target || !chain)
            return;
        // An image that still builds the project is single-stage-build's finding: split first. This rule
        // speaks once the build has moved to its own stage and the final stage kept a toolchain anyway.
        if (chainBuild(chain))
            return;
        if (!sourceStages(df, chain).some((s) => projectBuildStep(chainOf(df, s)) !== null))
            return;
        const image = rootImage(df, ctx.target);
        if (image && toolchainImage(image))
            return; // final-stage-sdk-base's finding
        const instructions = instructionsOf(chain);
        if (buildsMlRuntime(df))
            return;
        for (const { install, packages: kept } of keptToolchain(chain, (p) => isToolchainPackage(p) || p === 'git')) {
            // git alone is a runtime dependency of many tools (git build contexts, Terraform modules, bench);
            // beside a compiler it is part of the build kit.
            const packages = kept.some((p) => p !== 'git') ? kept : [];
            if (packages.length === 0)
                continue;
            const names = packages.map((p) => `\`${p}\``).join(', ');
            const verb = packages.length === 1 ? 'is' : 'are';
            const user = usedBy(instructions, install.instruction);
            // `libpq-dev` brings `libpq5` along: the app still needs the library, just not the headers.
            const headers = packages.some((p) => /-(dev|devel)$/.test(p)) ? ' Keep only the runtime libraries the `-dev` packages pull in (`libpq5` for `libpq-dev`).' : '';
            ctx.reportAt(install.instruction, user
                ? `${names} ${verb} installed in the image you ship to build what line ${user.line} installs, though the app itself is built in another stage: do that work in a build stage too and copy the result (a virtualenv, \`node_modules\`, the binaries) — the compiler and headers stay behind.`
                : `${names} ${verb} installed in the image you ship, which runs what another stage built and compiles nothing itself: install ${packages.length === 1 ? 'it' : 'them'} in the build stage only.${headers}`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/undefined-arg-in-from.ts



const undefinedArgInFrom = {
    id: 'undefined-arg-in-from',
    title: 'FROM command must use declared ARGs',
    severity: 'warning',
    scope: 'all',
    aliases: ['UndefinedArgInFrom'],
    checkStage(stage, ctx) {
        const df = ctx.dockerfile;
        const { values, declared } = fromArguments(df);
        const reported = new Set();
        // BuildKit checks the image reference, then the --platform value.
        for (const word of [stage.base.raw, stage.platform]) {
            if (word === null)
                continue;
            const { unmatched } = expandWord(word, { get: (name) => values.get(name) }, { escapeChar: df.escapeChar });
            for (const name of unmatched) {
                if (declared.has(name) || reported.has(name))
                    continue;
                reported.add(name);
                const suggestion = closestName(name, declared);
                const hint = suggestion ? ` (did you mean ${suggestion}?)` : '';
                const fix = suggestion
                    ? `use \`$${suggestion}\`, or declare it with \`ARG ${name}=…\` before the first FROM`
                    : `declare it with \`ARG ${name}=…\` before the first FROM; undeclared it expands to an empty string`;
                ctx.reportAt(stage.from, `FROM argument '${name}' is not declared${hint}: ${fix}`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/undefined-var.ts




const undefined_var_HEREDOC_WORD = /^\d*<<-?/;
/** Source and destination words of COPY/ADD, in the exec or the shell form, heredoc markers left out. */
function pathWords(ins, escapeChar) {
    if (ins.execForm)
        return ins.execForm;
    const words = parseWords(ins.args, escapeChar);
    return ins.heredocs.length > 0 ? words.filter((w) => !undefined_var_HEREDOC_WORD.test(w)) : words;
}
/**
 * The texts BuildKit runs through its expansion for an instruction (the `Expand` methods of
 * `instructions/commands.go`). RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK are left to the shell;
 * EXPOSE is expanded without reporting; ARG is handled pair by pair.
 */
function expandedTexts(ins, escapeChar) {
    const flag = (name) => ins.flags.filter((f) => f.name === name && f.value !== null).map((f) => ({ text: f.value }));
    switch (ins.keyword) {
        case 'ENV':
        case 'LABEL':
            return keyValueTexts(ins, escapeChar);
        case 'COPY':
        case 'ADD':
            return [
                ...flag('chown'),
                ...flag('chmod'),
                ...(ins.keyword === 'ADD' ? flag('checksum') : []),
                ...pathWords(ins, escapeChar).map((text) => ({ text })),
                ...ins.heredocs.filter((h) => !h.quoted).map((h) => ({ text: h.content, heredocBody: true })),
            ];
        case 'WORKDIR':
        case 'USER':
        case 'STOPSIGNAL':
            return [{ text: ins.args }];
        case 'VOLUME':
            return (ins.execForm ?? parseWords(ins.args, escapeChar)).map((text) => ({ text }));
        case 'RUN':
            return ins.flags
                .filter((f) => f.name === 'mount' && f.value !== null)
                .flatMap((f) => [...parseMountOptions(f.value).values()].map((text) => ({ text })));
        default:
            return [];
    }
}
/** ENV and LABEL keys and values as BuildKit's parser splits them (quotes still in). */
function keyValueTexts(ins, escapeChar) {
    const words = parseWords(ins.args, escapeChar);
    if (words.length === 0)
        return [];
    if (!words[0].includes('=')) {
        const legacy = /^(\S+)\s+([\s\S]*)$/.exec(ins.args.trim());
        return legacy ? [{ text: legacy[1] }, { text: legacy[2] }] : [];
    }
    return words.flatMap((word) => {
        const eq = word.indexOf('=');
        return eq < 0 ? [] : [{ text: word.slice(0, eq) }, { text: word.slice(eq + 1) }];
    });
}
function namesIn(piece, escapeChar) {
    if (!piece.heredocBody)
        return referencedVariables(piece.text, escapeChar);
    const { matched, unmatched } = expandWord(piece.text, emptyLookup, { escapeChar: '\\', skipQuotes: true });
    return [...new Set([...matched, ...unmatched])];
}
const undefinedVar = {
    id: 'undefined-var',
    title: 'Variables should be defined before their use',
    severity: 'warning',
    scope: 'all',
    aliases: ['UndefinedVar'],
    checkStage(stage, ctx) {
        const escapeChar = ctx.dockerfile.escapeChar;
        // A suggestion compares the name with every variable defined: past a hundred per stage, a file of
        // thousands of undefined names would cost the square of its length, so the rest go without.
        let suggestions = 0;
        forEachInstructionVariables(ctx.dockerfile, stage, (ins, stageVariables) => {
            const checked = instructionToCheck(ins);
            const variables = checked === ins ? stageVariables : triggerVariables(stageVariables, stage, ins);
            const reported = new Set();
            const report = (name) => {
                if (reported.has(name))
                    return;
                reported.add(name);
                ctx.reportAt(ins, undefinedMessage(name, variables, suggestions++ < MAX_SUGGESTIONS));
            };
            if (checked.keyword === 'ARG') {
                // Each default sees the pairs before it in the same ARG.
                const earlier = new Set();
                for (const pair of checked.pairs) {
                    if (pair.rawValue !== null) {
                        for (const name of referencedVariables(pair.rawValue, escapeChar)) {
                            if (!earlier.has(name) && !isKnownName(name, variables))
                                report(name);
                        }
                    }
                    earlier.add(pair.key);
                }
                return;
            }
            for (const piece of expandedTexts(checked, escapeChar)) {
                for (const name of namesIn(piece, escapeChar))
                    if (!isKnownName(name, variables))
                        report(name);
            }
        });
    },
};
const MAX_SUGGESTIONS = 100;
function undefinedMessage(name, variables, suggest) {
    const suggestion = suggest ? closestName(name, variables.order) : null;
    if (suggestion) {
        return `Usage of undefined variable '$${name}' (did you mean $${suggestion}?): it expands to an empty string here; fix the name or declare it with \`ARG ${name}\` or \`ENV ${name}=…\` above`;
    }
    return `Usage of undefined variable '$${name}': it expands to an empty string here; declare it with \`ARG ${name}\` or \`ENV ${name}=…\` above this line`;
}

;// CONCATENATED MODULE: ./src/lint/rules/unreachable-stage.ts

const unreachableStage = {
    id: 'unreachable-stage',
    title: 'A stage no build target can reach',
    severity: 'warning',
    scope: 'all',
    aliases: [],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        if (df.stages.length < 2)
            return;
        // A reference we cannot resolve (`COPY --from=$VARIANT`, `FROM ${BASE}`) may name any stage.
        const unresolved = df.stages.some((s) => s.dependencies.some((d) => d.source.kind === 'unknown') || (s.base.kind === 'image' && s.base.unresolved.length > 0));
        if (unresolved)
            return;
        // BuildKit selects a target by name (or builds the last stage): every named stage may be a
        // target of its own (`dev`, `test`), so only what none of them needs is dead.
        const roots = df.stages.filter((s) => s.name !== null || s.index === df.stages.length - 1 || ctx.targets.includes(s));
        const reached = reachableFrom(df, roots);
        for (const stage of df.stages) {
            if (reached.has(stage.index))
                continue;
            ctx.report({
                line: stage.from.line,
                endLine: stage.from.endLine,
                column: stage.from.column,
                stage: stage.index,
                message: `Stage ${stage.index} is never used: no stage builds FROM it or copies from it, and without a name no \`--target\` can select it. BuildKit skips it; the legacy builder still builds it. Delete it, or name it (\`AS …\`) if it is meant as a target.`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/unused-suppression.ts

/**
 * Whether a code that silenced nothing here is worth reporting. Not ShellCheck's codes, nor the
 * `shellcheck` rule: ShellCheck may be missing on this machine and present in CI, and its findings change
 * with its release. Not BuildKit checks only the build runs, nor unknown names (those are warned about
 * already), nor this rule's own id.
 */
function isReportable(idle) {
    const { meaning } = idle;
    if (meaning === null || meaning.kind === 'retired')
        return true;
    return meaning.kind === 'rule' && meaning.rule.id !== shellcheck.id && meaning.rule.id !== unusedSuppression.id;
}
function where(s) {
    if (s.covers === null)
        return 'in this file';
    if (s.covers.line === s.covers.endLine)
        return `on line ${s.covers.line}`;
    return `on lines ${s.covers.line}–${s.covers.endLine}`;
}
/**
 * One finding per comment (or directive) for the codes in it that silenced nothing: the engine, which
 * applies suppressions, collects them once every other rule has run and hands them over as this rule's
 * external findings.
 */
function idleSuppressionFindings(idle) {
    const byLine = new Map();
    for (const entry of idle.filter(isReportable)) {
        const line = entry.suppression.line;
        (byLine.get(line) ?? byLine.set(line, []).get(line)).push(entry);
    }
    return [...byLine.entries()].map(([line, entries]) => {
        const first = entries[0].suppression;
        const codes = entries.map((e) => `\`${e.suppression.written}\``).join(', ');
        const one = entries.length === 1;
        const retired = entries.filter((e) => e.meaning?.kind === 'retired').map((e) => e.suppression.written);
        const why = retired.length > 0 ? ` (hadolint removed ${retired.join(', ')})` : '';
        return {
            line,
            message: `Suppression that suppresses nothing: ${codes} in \`${first.form}\` ${one ? 'silences' : 'silence'} no finding ${where(first)}${why}. ` +
                `Remove ${one ? 'it' : 'them'}, so the comment does not hide a future finding nobody meant to accept`,
        };
    });
}
const unusedSuppression = {
    id: 'unused-suppression',
    title: 'Suppressions should suppress something',
    severity: 'info',
    scope: 'all',
    aliases: [],
    off: true,
    checkFile(ctx) {
        for (const finding of ctx.externalFindings(unusedSuppression.id))
            ctx.report(finding);
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/user-not-numeric.ts


/** The user part of `USER name[:group]`, variables resolved; null when a variable has no value we can see. */
function userPart(ins, escapeChar) {
    const raw = ins.args.trim();
    if (raw === '')
        return null;
    const exp = expandWord(raw, scopeLookup(ins.scope), { escapeChar });
    if (exp.error || exp.unmatched.size > 0)
        return null;
    return exp.result.split(':')[0];
}
/** The uid an earlier `useradd -u 1000 app` / `adduser -u 1000 app` gave the user, to put in the message. */
function createdUid(df, user, before) {
    let found = null;
    for (const ins of df.instructions) {
        if (ins === before)
            break;
        if (ins.keyword !== 'RUN')
            continue;
        for (const cmd of runCommands(ins).map(unwrap)) {
            if (cmd.base !== 'useradd' && cmd.base !== 'adduser')
                continue;
            if (cmd.args[cmd.args.length - 1]?.value !== user)
                continue;
            const uid = [...flagValues(cmd, 'u'), ...flagValues(cmd, 'uid')].find((v) => /^\d+$/.test(v));
            if (uid)
                found = { uid, line: ins.line };
        }
    }
    return found;
}
/**
 * Users that need no numeric id: `root` is uid 0 on every system, and Windows containers run as the
 * built-in accounts `ContainerUser` / `ContainerAdministrator`, which have no uid at all.
 */
function needsNoUid(name) {
    return name === 'root' || /^container(user|administrator)$/i.test(name);
}
/**
 * Whether the USER is the one the stage ends with. An earlier USER only decides who runs the next RUNs,
 * inside the image, where `/etc/passwd` resolves the name; the host and the orchestrator only ever see
 * the last one.
 */
function isLastUser(ins, df) {
    const siblings = ins.stage >= 0 ? df.stages[ins.stage].instructions : df.preamble;
    return !siblings.some((other) => other.keyword === 'USER' && other.line > ins.line);
}
const userNotNumeric = {
    id: 'user-not-numeric',
    title: 'Non-numeric user-id may not be resolvable by host system',
    severity: 'info',
    scope: 'all',
    aliases: ['DL3066'],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        for (const ins of df.instructions) {
            const user = instructionToCheck(ins);
            if (user.keyword !== 'USER')
                continue;
            if (!ins.trigger && !isLastUser(ins, df))
                continue;
            const name = userPart(user, df.escapeChar);
            if (name === null || name === '' || /^\d+$/.test(name) || needsNoUid(name))
                continue;
            const created = createdUid(df, name, ins);
            const fix = created
                ? `Use its numeric id: \`USER ${created.uid}\` (the uid line ${created.line} gives \`${name}\`)`
                : 'Use the numeric id, e.g. `USER 10001:10001`';
            ctx.reportAt(ins, `Non-numeric user-id may not be resolvable by host system: \`USER ${user.args.trim()}\` names the user \`${name}\`, ` +
                `which the host and Kubernetes' runAsNonRoot check cannot map to a uid. ${fix}`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/useradd-high-uid-without-l.ts



/**
 * The UID a `-u`/`--uid` value stands for: the number, with ARG/ENV values filled in; null when it is
 * only known at build time (`-u "$UID"` with no default).
 */
function resolveUid(value, lookup) {
    if (!value.includes('$'))
        return value;
    const expanded = expandWord(value, lookup, { keepUnset: true });
    return expanded.error || expanded.result.includes('$') ? null : expanded.result;
}
const useraddHighUidWithoutL = {
    id: 'useradd-high-uid-without-l',
    title: 'useradd with a high UID should use -l (--no-log-init)',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3046'],
    checkFile(ctx) {
        for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
            const lookup = scopeLookup(run.scope);
            for (const cmd of executedCommands(run)) {
                if (cmd.base !== 'useradd' || hasAnyFlag(cmd, ['l', 'no-log-init']))
                    continue;
                // hadolint's threshold: a UID of more than five digits.
                const uid = [...flagValues(cmd, 'u'), ...flagValues(cmd, 'uid')].map((v) => resolveUid(v, lookup)).find((v) => v !== null && v.length > 5);
                if (uid === undefined || uid === null)
                    continue;
                ctx.reportAt(instruction, `\`useradd\` without flag \`-l\` and high UID will result in excessively large image: \`${describeCommand(cmd)}\` makes /var/log/lastlog and faillog sparse files sized for UID ${uid}, which the layer stores in full; add \`-l\` (\`--no-log-init\`)`);
                break;
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/wget-and-curl-both-used.ts

function isDownloader(name) {
    return name === 'curl' || name === 'wget';
}
const wgetAndCurlBothUsed = {
    id: 'wget-and-curl-both-used',
    title: 'Use either wget or curl in a stage, not both',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL4001'],
    checkFile(ctx) {
        // Per stage, as hadolint does; ONBUILD triggers run in another build, so they form a group of their own.
        const groups = new Map();
        for (const entry of runInstructions(ctx.dockerfile)) {
            const key = `${entry.instruction.stage}:${entry.run === entry.instruction ? 'run' : 'onbuild'}`;
            const group = groups.get(key);
            if (group)
                group.push(entry);
            else
                groups.set(key, [entry]);
        }
        for (const runs of groups.values()) {
            const firstUse = new Map();
            for (const { instruction, run } of runs) {
                const used = new Set(executedCommands(run).map((c) => c.base).filter(isDownloader));
                for (const tool of used)
                    if (!firstUse.has(tool))
                        firstUse.set(tool, instruction);
                if (used.size === 0 || firstUse.size < 2)
                    continue;
                if (used.size === 2) {
                    ctx.reportAt(instruction, 'Either use Wget or Curl but not both: this RUN downloads with both wget and curl; pick one tool so the image needs only one');
                    continue;
                }
                const mine = [...used][0];
                const other = mine === 'curl' ? 'wget' : 'curl';
                ctx.reportAt(instruction, `Either use Wget or Curl but not both: this RUN uses ${mine} while line ${firstUse.get(other).line} of the same stage uses ${other}; pick one tool so the image needs only one`);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/wget-without-progress.ts




/** Options that already keep wget's progress out of the build log. */
const QUIET_OPTIONS = ['progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose'];
/** Whether the instruction's stage comes from an Alpine or BusyBox image, whose `wget` is BusyBox's. */
function onBusyboxImage(df, instruction) {
    const stage = df.stages[instruction.stage];
    if (!stage)
        return false;
    const chain = ancestry(df, stage);
    const base = chain[chain.length - 1].base;
    if (base.kind !== 'image' || !base.image)
        return false;
    const { basename, tag } = base.image;
    return basename === 'alpine' || basename === 'busybox' || /alpine/.test(tag ?? '');
}
function installsWget(site, cmd) {
    return packagesInstalledBy(site, cmd).includes('wget');
}
/**
 * Whether the `wget` a command of `site` runs is BusyBox's: the stage comes from an Alpine or BusyBox
 * image, and GNU wget was not installed before it — by an earlier RUN of the image or by an earlier
 * command of the same RUN (`apk add wget && wget …`). BusyBox wget has no `--progress` option and
 * redraws one status line instead of printing dots, so it does not bloat the log.
 */
function isBusyboxWget(df, site, wget) {
    if (!onBusyboxImage(df, site.instruction))
        return false;
    if (site.commands.slice(0, site.commands.indexOf(wget)).some((cmd) => installsWget(site, cmd)))
        return false;
    return !someEarlier(df, site.instruction, installsWgetBefore);
}
/** The RUNs of each file that install GNU wget. */
const wgetInstallers = new WeakMap();
function installsWgetBefore(ins, df) {
    let installers = wgetInstallers.get(df);
    if (!installers) {
        installers = new Set(runSites(df).flatMap((site) => (site.commands.some((cmd) => installsWget(site, cmd)) ? [site.instruction] : [])));
        wgetInstallers.set(df, installers);
    }
    return installers.has(ins);
}
const wgetWithoutProgress = {
    id: 'wget-without-progress',
    title: 'wget should run with --progress=dot:giga, -q or -nv',
    severity: 'info',
    scope: 'all',
    aliases: ['DL3047'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            const cmd = site.commands.find((c) => c.base === 'wget' && !hasAnyFlag(c, QUIET_OPTIONS) && !hasArg(c, '-nv') && !isBusyboxWget(ctx.dockerfile, site, c));
            if (!cmd)
                continue;
            ctx.reportAt(site.instruction, `Avoid use of wget without progress bar: \`${describeCommand(cmd, 3)}\` prints a line of dots per 50 KB into the build log; use \`wget --progress=dot:giga <url>\`, or \`-q\` / \`-nv\` (\`--quiet\` / \`--no-verbose\`)`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/workdir-relative-path.ts



/** `/app` on Linux; `C:\app` and `C:/app` as Windows builders read them. */
function isAbsolute(path) {
    return path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path);
}
const isWorkdir = (ins) => ins.keyword === 'WORKDIR';
/**
 * Whether `ins` is a WORKDIR no earlier WORKDIR of the build anchors — the only kind this check judges
 * (fixing it anchors every later relative one; workdir-path-not-absolute judges those): the first WORKDIR
 * of its stage and the stages it is built FROM. An ONBUILD WORKDIR runs after the whole stage, in a stage
 * built FROM it: it is such a WORKDIR when it is the first trigger one and the chain sets none at all.
 */
function isFirstWorkdirOfBuild(df, ins) {
    const stage = df.stages[ins.stage];
    const checked = instructionToCheck(ins);
    if (!stage || !isWorkdir(checked))
        return false;
    if (ancestry(df, stage).slice(1).some((parent) => parent.instructions.some(isWorkdir)))
        return false;
    if (checked === ins)
        return stage.instructions.find(isWorkdir) === ins;
    return !stage.instructions.some(isWorkdir) && stage.instructions.find((other) => other.trigger !== null && isWorkdir(other.trigger)) === ins;
}
const workdirRelativePath = {
    id: 'workdir-relative-path',
    title: 'Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes',
    severity: 'warning',
    scope: 'all',
    aliases: ['WorkdirRelativePath', 'DL3000'],
    checkStage(stage, ctx) {
        const df = ctx.dockerfile;
        forEachInstructionVariables(df, stage, (ins, stageVariables) => {
            if (!isFirstWorkdirOfBuild(df, ins))
                return;
            const checked = instructionToCheck(ins);
            const variables = checked === ins ? stageVariables : triggerVariables(stageVariables, stage, ins);
            const path = variables_resolveWord(checked.args, variables, df.escapeChar);
            if (path === null || isAbsolute(path))
                return;
            const absolute = `/${path.replace(/^(\.\/)+/, '')}`;
            ctx.reportAt(ins, `Relative workdir ${JSON.stringify(path)} can have unexpected results if the base image changes: write \`${keywordAsWritten(checked)} ${absolute}\` (or the absolute path you mean)`);
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/workdir-path-not-absolute.ts



function workdir_path_not_absolute_isAbsolute(path) {
    return path.startsWith('/') || isWindowsAbsolute(path);
}
/**
 * The path a WORKDIR names, variables resolved when the stage's ARG/ENV define them all; null when a
 * variable stays unknown (hadolint trusts `WORKDIR $DIR`, and so do we unless we can see its value).
 */
function writtenPath(ins, escapeChar) {
    const raw = ins.args.trim();
    const exp = expandWord(raw, scopeLookup(ins.scope), { escapeChar });
    if (exp.error) {
        // `"C:\"`: the escape swallows the closing quote; read it as hadolint does, quotes dropped.
        const stripped = stripQuotes(raw);
        return stripped.includes('$') ? null : stripped;
    }
    return exp.unmatched.size > 0 ? null : exp.result;
}
/** The absolute WORKDIR in effect just before `ins` in its stage, when the Dockerfile determines it. */
function workdirBefore(df, ins) {
    const stage = df.stages[ins.stage];
    if (!stage)
        return null;
    let dir = stage.initial.workdir;
    for (const other of stage.instructions) {
        if (other === ins)
            break;
        if (other.keyword !== 'WORKDIR')
            continue;
        const path = writtenPath(other, df.escapeChar);
        if (path === null)
            dir = null;
        else if (workdir_path_not_absolute_isAbsolute(path))
            dir = path;
        else if (dir !== null)
            dir = `${dir.replace(/\/+$/, '')}/${path}`;
    }
    return dir;
}
const workdirPathNotAbsolute = {
    id: 'workdir-path-not-absolute',
    title: 'Use absolute WORKDIR',
    severity: 'error',
    scope: 'all',
    aliases: ['DL3000'],
    checkFile(ctx) {
        const df = ctx.dockerfile;
        for (const ins of df.instructions) {
            const workdir = instructionToCheck(ins);
            if (workdir.keyword !== 'WORKDIR' || workdir.args.trim() === '')
                continue;
            // workdir-relative-path (BuildKit's check, which carries DL3000 too) judges this one.
            if (isFirstWorkdirOfBuild(df, ins))
                continue;
            const path = writtenPath(workdir, df.escapeChar);
            if (path === null || path === '' || workdir_path_not_absolute_isAbsolute(path))
                continue;
            const shown = workdir.args.trim();
            const resolved = shown.includes('$') ? ` (\`${path}\`)` : '';
            const before = ins.trigger ? null : workdirBefore(df, ins);
            const fix = before !== null ? `write \`WORKDIR ${before.replace(/\/+$/, '')}/${path.replace(/^\.\//, '')}\`` : 'write the absolute path you mean';
            ctx.reportAt(ins, `Use absolute WORKDIR: \`${shown}\`${resolved} is resolved against whatever working directory comes before it, which a base image can change; ${fix}`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/yarn-install-keeps-cache.ts


function isYarnInstall(cmd) {
    return cmd.base === 'yarn' && cmd.args.some((a) => a.value === 'install');
}
function isYarnCacheClean(cmd) {
    const args = cmd.args.map((a) => a.value);
    return cmd.base === 'yarn' && args.includes('cache') && args.includes('clean');
}
/** `rm -rf /usr/local/share/.cache/yarn` (or `"$(yarn cache dir)"`) does what `yarn cache clean` does. */
function deletesYarnCache(cmd) {
    return removedPaths(cmd).some((path) => /\.cache\/yarn|yarn cache dir/.test(path));
}
/** Whether yarn's cache (under `.cache/yarn`, or `--cache-folder`/`YARN_CACHE_FOLDER`) is on a cache mount. */
function yarnCacheOnMount(df, site, cmd) {
    return cacheOnMount(site, '.cache/yarn', [...flagValues(cmd, 'cache-folder'), variableAt(df, site, 'YARN_CACHE_FOLDER'), assignedInRun(site, 'YARN_CACHE_FOLDER')]);
}
const yarnInstallKeepsCache = {
    id: 'yarn-install-keeps-cache',
    title: 'Run yarn cache clean after yarn install',
    severity: 'info',
    scope: 'all',
    aliases: ['DL3060'],
    checkFile(ctx) {
        for (const site of runSites(ctx.dockerfile)) {
            // A build stage the target never ships may keep its cache: it costs nothing in the image.
            if (!package_managers_isShipped(site, ctx))
                continue;
            const install = site.commands.findIndex(isYarnInstall);
            if (install < 0 || yarnCacheOnMount(ctx.dockerfile, site, site.commands[install]))
                continue;
            // The cleaning has to come after the install: a clean before it leaves the install's cache behind.
            const cleanedAfter = site.commands.some((cmd, i) => i > install && (isYarnCacheClean(cmd) || deletesYarnCache(cmd)));
            if (cleanedAfter)
                continue;
            const cleanedBefore = site.commands.some((cmd, i) => i < install && isYarnCacheClean(cmd));
            ctx.reportAt(site.instruction, cleanedBefore
                ? '`yarn cache clean` missing after `yarn install` was run: the clean runs before the install, so the install\'s cache stays in the layer. Move `&& yarn cache clean` after it'
                : '`yarn cache clean` missing after `yarn install` was run: the downloaded packages stay in the layer. End the same RUN with `&& yarn cache clean`');
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/yum-cache-not-cleaned.ts



const yumCacheNotCleaned = {
    id: 'yum-cache-not-cleaned',
    title: '`yum clean all` should follow yum install in the same RUN',
    severity: 'warning',
    scope: 'shipped',
    aliases: ['DL3032'],
    checkFile(ctx) {
        checkCacheCleanup(ctx, {
            isInstall: (cmd) => cmd.base === 'yum' && hasAnyArg(cmd, ['install']),
            isCleanup: (cmd) => cmd.base === 'yum' && subcommand(cmd) === 'clean',
            cacheDirs: ['/var/cache/yum', '/var/cache/dnf'],
            message: (install) => `\`yum clean all\` missing after yum command: the packages and metadata \`${describeCommand(install)}\` downloaded stay in the image; end the same RUN with \`&& yum clean all\` (or mount a cache at /var/cache/yum)`,
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/yum-install-unpinned.ts



const yumInstallUnpinned = {
    id: 'yum-install-unpinned',
    title: 'yum install should pin package versions',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3033'],
    checkFile(ctx) {
        for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
            const isDefined = definedVariables(ctx.dockerfile, run);
            const packages = [];
            const modules = [];
            for (const cmd of executedCommands(run)) {
                const request = rpmRequest(cmd, ['yum']);
                if (!request)
                    continue;
                packages.push(...request.packages.filter((p) => !isPinnedRpm(p, isDefined)));
                modules.push(...request.modules.filter((m) => !isPinnedModule(m)));
            }
            if (packages.length > 0) {
                ctx.reportAt(instruction, `Specify version with \`yum install -y <package>-<version>\`: ${listWords(packages)} ${packages.length === 1 ? 'is' : 'are'} not pinned, so each build may install a different release; write e.g. \`${packages[0]}-<version>\``);
            }
            else if (modules.length > 0) {
                ctx.reportAt(instruction, `Specify version with \`yum module install -y <module>:<stream>\`: module ${listWords(modules)} names no stream; write e.g. \`${modules[0]}:<stream>\``);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/yum-install-without-yes.ts


const yum_install_without_yes_INSTALL_ACTIONS = ['install', 'groupinstall', 'localinstall'];
const yumInstallWithoutYes = {
    id: 'yum-install-without-yes',
    title: 'yum install should run with -y so the build does not wait for a confirmation',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3030'],
    checkFile(ctx) {
        for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
            const cmd = executedCommands(run).find((c) => c.base === 'yum' && hasAnyArg(c, yum_install_without_yes_INSTALL_ACTIONS) && !hasAnyFlag(c, ['y', 'assumeyes']));
            if (!cmd)
                continue;
            ctx.reportAt(instruction, `Use the -y switch to avoid manual input: \`${describeCommand(cmd)}\` asks for a confirmation no one can give during a build; write \`yum install -y …\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/zypper-cache-not-cleaned.ts



/** zypper's global options that take a value, so `zypper --root /x clean` is still `clean`. */
const GLOBAL_OPTIONS_WITH_VALUE = ['root', 'R', 'config', 'c', 'reposd-dir', 'D', 'cache-dir', 'C', 'raw-cache-dir', 'solv-cache-dir', 'pkg-cache-dir'];
const zypperCacheNotCleaned = {
    id: 'zypper-cache-not-cleaned',
    title: '`zypper clean` should follow zypper install in the same RUN',
    severity: 'warning',
    scope: 'shipped',
    aliases: ['DL3036'],
    checkFile(ctx) {
        checkCacheCleanup(ctx, {
            isInstall: (cmd) => cmd.base === 'zypper' && hasAnyArg(cmd, ['install', 'in']),
            isCleanup: (cmd) => cmd.base === 'zypper' && ['clean', 'cc'].includes(subcommand(cmd, GLOBAL_OPTIONS_WITH_VALUE) ?? ''),
            cacheDirs: ['/var/cache/zypp'],
            message: (install) => `\`zypper clean\` missing after zypper use: the packages and metadata \`${describeCommand(install)}\` downloaded stay in the image; end the same RUN with \`&& zypper clean --all\` (or mount a cache at /var/cache/zypp)`,
        });
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/zypper-dist-upgrade.ts

const zypperDistUpgrade = {
    id: 'zypper-dist-upgrade',
    title: 'Do not run zypper dist-upgrade in a Dockerfile',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3035'],
    checkFile(ctx) {
        for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
            const cmd = executedCommands(run).find((c) => c.base === 'zypper' && hasAnyArg(c, ['dist-upgrade', 'dup']));
            if (!cmd)
                continue;
            ctx.reportAt(instruction, `Do not use \`zypper dist-upgrade\`: \`${describeCommand(cmd)}\` moves the image to whatever the distribution publishes that day; pin a newer base image instead, or use \`zypper patch\` for security fixes`);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/zypper-install-unpinned.ts



/** zypper options whose value is a separate word: `-t pattern`, `--repo oss`, `--from oss`. */
const OPTIONS_WITH_VALUE = ['t', 'type', 'r', 'repo', 'from', 'root', 'R', 'config', 'c', 'cache-dir', 'C'];
const zypper_install_unpinned_ACTION_WORDS = new Set(['install', 'in']);
/** `pkg=1.2`, `pkg>=1.2`, `pkg<2`, or an rpm file: a version is fixed or bounded. */
function zypper_install_unpinned_isPinned(spec) {
    return /[=<>]/.test(spec) || spec.endsWith('.rpm') || /^(\$\([^)]*\)|`[^`]*`)$/.test(spec);
}
const zypperInstallUnpinned = {
    id: 'zypper-install-unpinned',
    title: 'zypper install should pin package versions',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3037'],
    checkFile(ctx) {
        for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
            const unpinned = [];
            for (const cmd of executedCommands(run)) {
                if (cmd.base !== 'zypper' || !hasAnyArg(cmd, [...zypper_install_unpinned_ACTION_WORDS]))
                    continue;
                unpinned.push(...operands(cmd, OPTIONS_WITH_VALUE).filter((w) => !zypper_install_unpinned_ACTION_WORDS.has(w) && !zypper_install_unpinned_isPinned(w)));
            }
            if (unpinned.length === 0)
                continue;
            ctx.reportAt(instruction, `Specify version with \`zypper install -y <package>=<version>\`: ${listWords(unpinned)} ${unpinned.length === 1 ? 'is' : 'are'} not pinned, so each build may install a different release; write e.g. \`${unpinned[0]}=<version>\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/rules/zypper-without-non-interactive.ts


/** zypper actions that stop for a confirmation unless told not to. */
const PROMPTING_ACTIONS = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch'];
const NON_INTERACTIVE = ['non-interactive', 'n', 'no-confirm', 'y'];
const zypperWithoutNonInteractive = {
    id: 'zypper-without-non-interactive',
    title: 'zypper should run non-interactively (-n / -y) in a build',
    severity: 'warning',
    scope: 'all',
    aliases: ['DL3034'],
    checkFile(ctx) {
        for (const { instruction, run } of runInstructions(ctx.dockerfile)) {
            const cmd = executedCommands(run).find((c) => c.base === 'zypper' && hasAnyArg(c, PROMPTING_ACTIONS) && !hasAnyFlag(c, NON_INTERACTIVE));
            if (!cmd)
                continue;
            ctx.reportAt(instruction, `Non-interactive switch missing from \`zypper\` command: \`${describeCommand(cmd)}\` waits for a confirmation; write \`zypper --non-interactive …\` or \`zypper install -y …\``);
        }
    },
};

;// CONCATENATED MODULE: ./src/lint/registry.ts








































































































/** Every rule, in the order `stagecraft rules` lists them: one list, grouped by where the check comes from. */
const RULES = [
    parseError,
    // BuildKit's checks (`docker build --check`)
    stageNameCasing,
    fromAsCasing,
    noEmptyContinuation,
    consistentInstructionCasing,
    duplicateStageName,
    reservedStageName,
    jsonArgsRecommended,
    maintainerDeprecated,
    undefinedArgInFrom,
    workdirRelativePath,
    undefinedVar,
    multipleInstructionsDisallowed,
    legacyKeyValueFormat,
    redundantTargetPlatform,
    secretsUsedInArgOrEnv,
    invalidDefaultArgInFrom,
    fromPlatformFlagConstDisallowed,
    copyIgnoredFile,
    invalidDefinitionDescription,
    exposeProtoCasing,
    exposeInvalidFormat,
    // hadolint: instructions, images and stages
    inlineIgnorePragma, // DL1001
    workdirPathNotAbsolute, // DL3000
    finalStageRunsAsRoot, // DL3002
    baseImageUntagged, // DL3006
    baseImageUsesLatest, // DL3007
    archiveCopiedThenExtracted, // DL3010
    exposePortOutOfRange, // DL3011
    addInsteadOfCopy, // DL3020
    copySourcesNeedDirDestination, // DL3021
    copyFromUndefinedStage, // DL3022
    copyFromOwnStage, // DL3023
    commandInShellForm, // DL3025
    imageFromUntrustedRegistry, // DL3026
    onbuildTriggerNotAllowed, // DL3043
    envSelfReference, // DL3044
    copyToRelativePathWithoutWorkdir, // DL3045
    healthcheckMissing, // DL3057
    consecutiveRunInstructions, // DL3059
    instructionBeforeFrom, // DL3061
    sensitiveDataInArgOrEnv, // DL3064
    userNotNumeric, // DL3066
    copyRootFilesystemFromStage, // DL3067
    // hadolint: package managers and RUN commands
    pointlessCommandInRun, // DL3001
    cdInsteadOfWorkdir, // DL3003
    sudoInRun, // DL3004
    aptGetInstallUnpinned, // DL3008
    aptListsNotDeleted, // DL3009
    pipInstallUnpinned, // DL3013
    aptGetInstallWithoutYes, // DL3014
    aptGetInstallRecommends, // DL3015
    npmInstallUnpinned, // DL3016
    apkAddUnpinned, // DL3018
    apkAddKeepsCache, // DL3019
    aptInsteadOfAptGet, // DL3027
    gemInstallUnpinned, // DL3028
    pipInstallKeepsCache, // DL3042
    yarnInstallKeepsCache, // DL3060
    goInstallUnpinned, // DL3062
    // hadolint: yum/dnf/zypper, shell, labels; ShellCheck
    // yum, dnf, zypper
    yumInstallWithoutYes, // DL3030
    yumCacheNotCleaned, // DL3032
    yumInstallUnpinned, // DL3033
    zypperWithoutNonInteractive, // DL3034
    zypperDistUpgrade, // DL3035
    zypperCacheNotCleaned, // DL3036
    zypperInstallUnpinned, // DL3037
    dnfInstallWithoutYes, // DL3038
    dnfCacheNotCleaned, // DL3040
    dnfInstallUnpinned, // DL3041
    // shell commands
    useraddHighUidWithoutL, // DL3046
    wgetWithoutProgress, // DL3047
    wgetAndCurlBothUsed, // DL4001
    shellChangedWithLn, // DL4005
    pipeWithoutPipefail, // DL4006
    // labels (label-schema, strict-labels)
    labelKeyInvalid, // DL3048
    labelMissing, // DL3049
    labelNotInSchema, // DL3050
    labelEmpty, // DL3051
    labelNotUrl, // DL3052
    labelNotRfc3339, // DL3053
    labelNotSpdx, // DL3054
    labelNotGitHash, // DL3055
    labelNotSemver, // DL3056
    labelNotEmail, // DL3058
    // ShellCheck on RUN scripts (SCxxxx)
    shellcheck,
    // Stagecraft's multi-stage rules: what the shipped image carries
    singleStageBuild,
    finalStageSdkBase,
    toolchainInFinalStage,
    devDependenciesShipped,
    devServerInImage,
    cleanupInLaterLayer,
    glibcBinaryOnMusl,
    runtimeVersionDrift,
    copiesWholeBuildWorkdir,
    finalStageCopiesContext,
    missingDockerignore,
    secretFileInShippedStage,
    noShellInFinalStage,
    crossBuildIgnoresTargetPlatform,
    baseImageTagDrift,
    numericStageReference,
    unreachableStage,
    // Stagecraft's own: the suppressions themselves (the engine runs it after every other rule)
    unusedSuppression,
];
const byName = new Map();
for (const rule of RULES) {
    for (const name of [rule.id, ...rule.aliases])
        byName.set(name.toLowerCase(), rule);
}
/** Finds a rule by id or alias, case-insensitively. */
function findRule(name) {
    return byName.get(name.toLowerCase());
}

;// CONCATENATED MODULE: ./src/lint/registry/names.ts


/**
 * hadolint codes hadolint itself removed (DL3017, DL3031 and DL3039 in 2.7.0, DL3005 in 2.13): a
 * `.hadolint.yaml` or a `# hadolint ignore=` written for an older hadolint still names them, and they are
 * not typos, but they silence nothing any more.
 */
const RETIRED_HADOLINT_CODES = ['DL3005', 'DL3017', 'DL3031', 'DL3039'];
/**
 * BuildKit checks no rule here carries, because they need the pulled image (see docs/compatibility.md):
 * `# check=skip=` may name them for the build's own checks.
 */
const BUILDKIT_ONLY_CHECKS = ['InvalidBaseImagePlatform'];
/** ShellCheck's codes: `SC2086`. Which exist depends on the ShellCheck release, so any number is accepted. */
const SHELLCHECK_CODE = /^sc\d+$/i;
/** Every rule id and alias of the registry, as spelled there: the candidates for "did you mean". */
const REGISTRY_NAMES = RULES.flatMap((rule) => [rule.id, ...rule.aliases]);
const lowerCased = (names) => new Set(names.map((n) => n.toLowerCase()));
const RETIRED = lowerCased(RETIRED_HADOLINT_CODES);
const BUILDKIT_ONLY = lowerCased(BUILDKIT_ONLY_CHECKS);
/** The rule `name` names, by id or alias in any case: one of `extraRules` (a test's, a caller's own), else the registry's. */
function namedRule(name, extraRules) {
    const wanted = name.toLowerCase();
    return extraRules.find((rule) => rule.id === wanted || rule.aliases.some((a) => a.toLowerCase() === wanted)) ?? findRule(name);
}
/**
 * A code with letters where digits belong, as a slip of the eye writes it (`DL30O2`, `SC2O86`, `DL3OOl`):
 * the code it reads as, or null when the name is not shaped like a code.
 */
function codeItReadsAs(name) {
    const shaped = /^(dl|sc)([0-9oil]+)$/i.exec(name);
    if (!shaped)
        return null;
    return shaped[1].toUpperCase() + shaped[2].replace(/[oO]/g, '0').replace(/[iIl]/g, '1');
}
/**
 * What `name` (any case) refers to: a rule of the registry or of `extraRules` by id or alias, a ShellCheck
 * code, a retired hadolint code, a BuildKit check only the build runs — or nothing.
 */
function names_meaningOfRuleName(name, extraRules = []) {
    const rule = namedRule(name, extraRules);
    if (rule)
        return { kind: 'rule', rule };
    if (SHELLCHECK_CODE.test(name))
        return { kind: 'shellcheck' };
    if (RETIRED.has(name.toLowerCase()))
        return { kind: 'retired' };
    if (BUILDKIT_ONLY.has(name.toLowerCase()))
        return { kind: 'buildkit-only' };
    // Edit distance alone would offer DL3012 for DL30O2 (any DL30x2 is one edit away); the look-alike comes first.
    const readsAs = codeItReadsAs(name);
    if (readsAs !== null && (SHELLCHECK_CODE.test(readsAs) || namedRule(readsAs, extraRules))) {
        return { kind: 'unknown', suggestion: readsAs };
    }
    const candidates = [...extraRules.flatMap((r) => [r.id, ...r.aliases]), ...REGISTRY_NAMES];
    return { kind: 'unknown', suggestion: closestNameIgnoringCase(name, candidates) };
}
/**
 * The warning for a name that refers to nothing, without saying where it is written:
 * "`DL30O2` names no rule, alias or ShellCheck code, so it has no effect: did you mean `DL3002`?".
 */
function names_unknownRuleNameMessage(name, suggestion) {
    const hint = suggestion ? `did you mean \`${suggestion}\`?` : '`stagecraft rules` lists the ids and codes';
    return `\`${name}\` names no rule, alias or ShellCheck code, so it has no effect: ${hint}`;
}

;// CONCATENATED MODULE: ./src/lint/types.ts
const SEVERITIES = ['error', 'warning', 'info', 'style'];
/** Lower ranks are more severe. */
const SEVERITY_RANK = { error: 0, warning: 1, info: 2, style: 3 };

;// CONCATENATED MODULE: ./src/lint/config.ts





const FAIL_ON_VALUES = [...SEVERITIES, 'none'];
/** `.stagecraft.yml:4: message`: where a configuration problem is, as every report of one starts. */
function locatedMessage(problem) {
    return `${problem.source}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
}
class config_ConfigError extends Error {
    source;
    line;
    constructor(source, line, message) {
        super(locatedMessage({ source, line, message }));
        this.source = source;
        this.line = line;
    }
}
const LABEL_TYPES = (/* unused pure expression or super */ null && (['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email']));
const SEVERITY_VALUES = [...SEVERITIES, 'off'];
const DEFAULT_CONFIG = {
    ignore: [],
    severity: {},
    settings: { trustedRegistries: [], labelSchema: {}, strictLabels: false },
    failOn: 'error',
    inlineIgnores: true,
    sources: [],
    warnings: [],
};
function lineOf(doc, text, path) {
    const node = doc.getIn(path, true);
    const offset = node?.range?.[0];
    if (offset === undefined)
        return null;
    return text.slice(0, offset).split('\n').length;
}
function loadYaml(text, source) {
    // A configuration file can come from an untrusted pull request: a nesting deep enough to overflow the
    // parser's stack would kill the process, not throw.
    if (tooDeeplyNested(text)) {
        throw new config_ConfigError(source, null, `nested deeper than a configuration needs (more than ${MAX_FLOW_DEPTH} brackets or ${MAX_INDENT} columns of indentation): not read`);
    }
    const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const line = err.linePos?.[0]?.line ?? text.slice(0, err.pos[0]).split('\n').length;
        throw new config_ConfigError(source, line, `not valid YAML: ${err.message.split('\n')[0]}`);
    }
    return { doc, data: doc.toJS() ?? {} };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
class Reader {
    doc;
    text;
    source;
    warnings = [];
    constructor(doc, text, source) {
        this.doc = doc;
        this.text = text;
        this.source = source;
    }
    fail(path, message) {
        throw new config_ConfigError(this.source, lineOf(this.doc, this.text, path), message);
    }
    /** A rule name that refers to nothing is most likely a typo: a warning on its line, the file still applies. */
    checkRuleName(name, path) {
        const meaning = meaningOfRuleName(name);
        if (meaning.kind !== 'unknown')
            return;
        this.warnings.push({ source: this.source, line: lineOf(this.doc, this.text, path), message: unknownRuleNameMessage(name, meaning.suggestion) });
    }
    /** A list of rule ids or codes (or one, written without the list). */
    ruleList(value, path) {
        const names = this.stringList(value, path);
        names.forEach((name, i) => this.checkRuleName(name, Array.isArray(value) ? [...path, i] : path));
        return names;
    }
    stringList(value, path) {
        if (typeof value === 'string')
            return [value];
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' || typeof v === 'number')) {
            this.fail(path, `"${path.join('.')}" must be a list of strings`);
        }
        return value.map(String);
    }
    severityMap(value, path) {
        if (!isRecord(value))
            this.fail(path, `"${path.join('.')}" must map rule ids to one of ${SEVERITY_VALUES.join(', ')}`);
        const out = {};
        for (const [rule, level] of Object.entries(value)) {
            const normalised = level === false ? 'off' : String(level).toLowerCase();
            if (!SEVERITY_VALUES.includes(normalised)) {
                this.fail([...path, rule], `severity of "${rule}" must be one of ${SEVERITY_VALUES.join(', ')} (got "${String(level)}")`);
            }
            this.checkRuleName(rule, [...path, rule]);
            out[rule] = normalised;
        }
        return out;
    }
    failOn(value, path) {
        const v = String(value).toLowerCase();
        if (!FAIL_ON_VALUES.includes(v)) {
            this.fail(path, `"${path.join('.')}" must be one of ${FAIL_ON_VALUES.join(', ')} (got "${String(value)}")`);
        }
        return v;
    }
    labelSchema(value, path) {
        if (!isRecord(value))
            this.fail(path, `"${path.join('.')}" must map label names to a type (${LABEL_TYPES.join(', ')})`);
        const out = {};
        for (const [label, type] of Object.entries(value)) {
            const t = String(type).toLowerCase();
            if (!LABEL_TYPES.includes(t)) {
                this.fail([...path, label], `label type of "${label}" must be one of ${LABEL_TYPES.join(', ')} (got "${String(type)}")`);
            }
            out[label] = t;
        }
        return out;
    }
    /** `builds:`: a list of { dockerfile, context, target or targets, args, name }. */
    builds(value, path) {
        if (!Array.isArray(value))
            this.fail(path, `"${path.join('.')}" must be a list of { dockerfile, context, target, args }`);
        return value.map((entry, i) => {
            const at = [...path, i];
            const where = `builds[${i}]`;
            if (!isRecord(entry))
                this.fail(at, `${where} must be a mapping with "dockerfile" and optionally context, target(s), args`);
            for (const k of Object.keys(entry)) {
                if (!BUILD_KEYS.includes(k))
                    this.fail([...at, k], `unknown key "${k}" in ${where} (known: ${BUILD_KEYS.join(', ')})`);
            }
            if (entry.target != null && entry.targets != null)
                this.fail([...at, 'targets'], `${where} has both "target" and "targets": keep one`);
            const text = (k) => {
                const v = entry[k];
                if (v === null || v === undefined)
                    return undefined;
                if (typeof v !== 'string' || v.trim() === '')
                    this.fail([...at, k], `"${k}" of ${where} must be a non-empty path or name`);
                return v;
            };
            const dockerfile = text('dockerfile');
            if (dockerfile === undefined)
                this.fail(entry.dockerfile === undefined ? at : [...at, 'dockerfile'], `${where} needs "dockerfile" (the path of the Dockerfile, relative to this file)`);
            const build = { dockerfile, targets: [], args: {}, line: lineOf(this.doc, this.text, at) };
            const context = text('context');
            if (context !== undefined)
                build.context = context;
            const name = text('name');
            if (name !== undefined)
                build.name = name;
            const single = text('target');
            if (single !== undefined)
                build.targets = [single];
            if (entry.targets != null) {
                build.targets = this.stringList(entry.targets, [...at, 'targets']);
                if (build.targets.some((t) => t.trim() === ''))
                    this.fail([...at, 'targets'], `"targets" of ${where} must name stages`);
            }
            if (entry.args != null) {
                if (!isRecord(entry.args))
                    this.fail([...at, 'args'], `"args" of ${where} must map build arg names to values`);
                for (const [arg, v] of Object.entries(entry.args)) {
                    if (v === null || typeof v === 'object')
                        this.fail([...at, 'args', arg], `build arg "${arg}" of ${where} must be a string, number or boolean`);
                    build.args[arg] = String(v);
                }
            }
            return build;
        });
    }
    boolean(value, path) {
        if (typeof value !== 'boolean')
            this.fail(path, `"${path.join('.')}" must be true or false`);
        return value;
    }
}
const STAGECRAFT_KEYS = new Set(['ignore', 'severity', 'trusted-registries', 'label-schema', 'strict-labels', 'fail-on', 'overrides', 'builds', '$schema']);
const BUILD_KEYS = (/* unused pure expression or super */ null && (['dockerfile', 'context', 'target', 'targets', 'args', 'name']));
/** Parses `.stagecraft.yml`. Throws ConfigError naming the file and line. */
function config_parseStagecraftConfig(text, source) {
    const { doc, data } = loadYaml(text, source);
    const r = new Reader(doc, text, source);
    if (!isRecord(data))
        r.fail([], 'the configuration must be a mapping of keys to values');
    const layer = { source };
    for (const [key, value] of Object.entries(data)) {
        if (!STAGECRAFT_KEYS.has(key))
            r.fail([key], `unknown key "${key}" (known: ${[...STAGECRAFT_KEYS].filter((k) => k !== '$schema').join(', ')})`);
        if (value === null || value === undefined)
            continue;
        switch (key) {
            case 'ignore':
                layer.ignore = r.ruleList(value, [key]);
                break;
            case 'severity':
                layer.severity = r.severityMap(value, [key]);
                break;
            case 'trusted-registries':
                layer.trustedRegistries = r.stringList(value, [key]);
                break;
            case 'label-schema':
                layer.labelSchema = r.labelSchema(value, [key]);
                break;
            case 'strict-labels':
                layer.strictLabels = r.boolean(value, [key]);
                break;
            case 'fail-on':
                layer.failOn = r.failOn(value, [key]);
                break;
            case 'overrides':
                if (!Array.isArray(value))
                    r.fail([key], '"overrides" must be a list of { files, ignore, severity }');
                layer.overrides = value.map((entry, i) => {
                    if (!isRecord(entry) || entry.files === undefined)
                        r.fail([key, i], `overrides[${i}] needs "files" (a glob or a list of globs)`);
                    for (const k of Object.keys(entry)) {
                        if (!['files', 'ignore', 'severity'].includes(k))
                            r.fail([key, i, k], `unknown key "${k}" in overrides[${i}] (known: files, ignore, severity)`);
                    }
                    const override = { files: r.stringList(entry.files, [key, i, 'files']) };
                    if (entry.ignore != null)
                        override.ignore = r.ruleList(entry.ignore, [key, i, 'ignore']);
                    if (entry.severity != null)
                        override.severity = r.severityMap(entry.severity, [key, i, 'severity']);
                    return override;
                });
                break;
            case 'builds':
                layer.builds = r.builds(value, [key]);
                break;
        }
    }
    if (r.warnings.length > 0)
        layer.warnings = r.warnings;
    return layer;
}
const HADOLINT_LEVELS = (/* unused pure expression or super */ null && (['error', 'warning', 'info', 'style']));
/**
 * Parses `.hadolint.yaml` (hadolint's documented keys). Keys hadolint knows but that do not apply
 * here (`no-color`, `format`, `output-file`, …) are accepted and ignored.
 */
function config_parseHadolintConfig(text, source) {
    const { doc, data } = loadYaml(text, source);
    const r = new Reader(doc, text, source);
    if (data === null || data === undefined || (typeof data === 'string' && data.trim() === ''))
        return { source };
    if (!isRecord(data))
        r.fail([], 'the configuration must be a mapping of keys to values');
    const layer = { source };
    for (const [key, value] of Object.entries(data)) {
        if (value === null || value === undefined)
            continue;
        switch (key) {
            case 'ignored':
                layer.ignore = r.ruleList(value, [key]);
                break;
            case 'override': {
                if (!isRecord(value))
                    r.fail([key], '"override" must map error/warning/info/style to lists of rules');
                const severity = {};
                for (const [level, rules] of Object.entries(value)) {
                    if (!HADOLINT_LEVELS.includes(level)) {
                        r.fail([key, level], `"override.${level}" is not a level (use ${HADOLINT_LEVELS.join(', ')})`);
                    }
                    for (const rule of r.ruleList(rules, [key, level]))
                        severity[rule] = level;
                }
                layer.severity = severity;
                break;
            }
            case 'trustedRegistries':
                layer.trustedRegistries = r.stringList(value, [key]);
                break;
            case 'failure-threshold':
                // hadolint's lowest level, "ignore", fails on any finding: our "style".
                layer.failOn = String(value).toLowerCase() === 'ignore' ? 'style' : r.failOn(value, [key]);
                break;
            case 'disable-ignore-pragma':
                layer.disableInlineIgnores = r.boolean(value, [key]);
                break;
            case 'label-schema':
                layer.labelSchema = r.labelSchema(value, [key]);
                break;
            case 'strict-labels':
                layer.strictLabels = r.boolean(value, [key]);
                break;
            case 'no-fail':
                if (value === true)
                    layer.failOn = 'none';
                break;
            default:
                // Output and colour options of hadolint's own CLI: nothing to do here.
                break;
        }
    }
    if (r.warnings.length > 0)
        layer.warnings = r.warnings;
    return layer;
}
/**
 * Layers configuration: later layers win key by key (`.hadolint.yaml` first, then `.stagecraft.yml`);
 * `ignore` lists add up; `overrides` whose globs match `relativePath` apply last.
 */
function config_resolveConfig(layers, relativePath) {
    const out = {
        ignore: [],
        severity: {},
        settings: { trustedRegistries: [], labelSchema: {}, strictLabels: false },
        failOn: DEFAULT_CONFIG.failOn,
        inlineIgnores: true,
        sources: [],
        warnings: [],
    };
    const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
    for (const layer of layers) {
        out.sources.push(layer.source);
        if (layer.warnings)
            out.warnings.push(...layer.warnings);
        if (layer.ignore)
            out.ignore.push(...layer.ignore);
        if (layer.severity)
            Object.assign(out.severity, layer.severity);
        if (layer.trustedRegistries)
            out.settings.trustedRegistries = [...layer.trustedRegistries];
        if (layer.labelSchema)
            out.settings.labelSchema = { ...layer.labelSchema };
        if (layer.strictLabels !== undefined)
            out.settings.strictLabels = layer.strictLabels;
        if (layer.failOn)
            out.failOn = layer.failOn;
        if (layer.disableInlineIgnores !== undefined)
            out.inlineIgnores = !layer.disableInlineIgnores;
    }
    for (const layer of layers) {
        const base = (layer.baseDir ?? '').replace(/\\/g, '/').replace(/^\.\/?|\/$/g, '');
        if (base !== '' && !path.startsWith(`${base}/`))
            continue;
        const local = base === '' ? path : path.slice(base.length + 1);
        for (const override of layer.overrides ?? []) {
            if (!picomatch.isMatch(local, override.files, { dot: true }))
                continue;
            if (override.ignore)
                out.ignore.push(...override.ignore);
            if (override.severity)
                Object.assign(out.severity, override.severity);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/lint/package-json.ts
/** Parses `package.json` text; null when it is not a JSON object (a broken file says nothing). */
function parsePackageJson(text) {
    if (text === null)
        return null;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return null;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return null;
    const record = value;
    const scripts = {};
    if (typeof record.scripts === 'object' && record.scripts !== null) {
        for (const [name, script] of Object.entries(record.scripts))
            if (typeof script === 'string')
                scripts[name] = script;
    }
    const dev = typeof record.devDependencies === 'object' && record.devDependencies !== null ? Object.keys(record.devDependencies) : [];
    return { scripts, devDependencies: dev };
}

;// CONCATENATED MODULE: ./src/lint/named-contexts.ts

/**
 * The name BuildKit looks a FROM or `--from` reference up by among the named contexts: the familiar
 * reference without `:latest` (`FROM node`, `FROM docker.io/library/node:latest` → `node`).
 */
function contextKey(image) {
    const tag = image.tag && image.tag !== 'latest' ? `:${image.tag}` : '';
    return `${image.familiar}${tag}${image.digest ? `@${image.digest}` : ''}`;
}
/**
 * The image a context stands for: its `docker-image://` reference when that parses. `scratch` is not
 * taken for one: BuildKit builds it as an empty filesystem, which the model would only get right with
 * a stage state recomputed for it.
 */
function contentOf(context) {
    const parsed = context.image !== null && context.image !== 'scratch' ? parseImageRef(context.image) : null;
    return { name: context.name, image: parsed?.ok ? parsed.image : null };
}
/**
 * The Dockerfile as its build sees it when it passes named contexts (bake `contexts`, compose
 * `additional_contexts`, build-push-action `build-contexts`). A `FROM node` with a context named `node`
 * is built FROM that context: when the context is an image (`docker-image://node:20-alpine`), the base
 * is that image, and what the image facts say about it applies; otherwise (a folder, another target)
 * the base is no known image (`image: null`). A `COPY --from=node` copies from that image, or from the
 * context. Variables in the image reference are not expanded: the build definition's reader has
 * evaluated them. The same object when no reference names a context.
 */
function withNamedContexts(df, contexts) {
    if (!contexts || contexts.length === 0)
        return df;
    const byName = new Map(contexts.map((context) => [context.name, contentOf(context)]));
    const contentFor = (image) => (image === null ? undefined : byName.get(contextKey(image)));
    let changed = false;
    const stages = df.stages.map((stage) => {
        const base = stage.base.kind === 'image' ? baseFrom(stage.base, contentFor(stage.base.image)) : stage.base;
        const dependencies = stage.dependencies.map((dep) => {
            const content = dep.source.kind === 'image' ? contentFor(dep.source.image) : undefined;
            if (!content)
                return dep;
            const source = content.image ? { kind: 'image', image: content.image, raw: content.image.raw } : { kind: 'context', name: content.name };
            return { ...dep, source };
        });
        if (base === stage.base && dependencies.every((d, i) => d === stage.dependencies[i]))
            return stage;
        changed = true;
        return { ...stage, base, dependencies };
    });
    return changed ? { ...df, stages } : df;
}
function baseFrom(base, content) {
    if (!content)
        return base;
    if (!content.image)
        return { ...base, image: null };
    return { ...base, expanded: content.image.raw, image: content.image, namedContext: content.name };
}

;// CONCATENATED MODULE: ./src/lint/related.ts
/**
 * One problem, one finding. A finding that is `partOf` another rule's finding — on the line it names, or
 * about the same target image — is not reported apart when that finding exists: a shown primary carries
 * it as a related line (unless the finding itself was suppressed), and a suppressed primary silences it
 * too (the two share one fix, so accepting one accepts both). When the rule reports no such finding the
 * part is reported on its own, unless it is only worth saying as a part.
 */
function carryRelated(judged) {
    const byRule = new Map();
    for (const j of judged)
        byRule.set(j.finding.rule, [...(byRule.get(j.finding.rule) ?? []), j]);
    const carried = new Map();
    const parts = new Set();
    for (const part of judged) {
        const partOf = part.input.partOf;
        if (!partOf)
            continue;
        const primary = (byRule.get(partOf.rule) ?? [])
            .filter((p) => p !== part && !p.input.partOf)
            .find((p) => partOf.line === undefined ? [...p.targets].some((t) => part.targets.has(t)) : partOf.line >= p.finding.line && partOf.line <= p.finding.endLine);
        if (!primary) {
            if (partOf.onlyAsRelated)
                parts.add(part);
            continue;
        }
        parts.add(part);
        if (!primary.shown || !part.shown)
            continue;
        const lines = carried.get(primary) ?? [];
        lines.push({ line: part.shown.line, message: part.shown.message, rule: part.shown.rule });
        // The part's own related lines, except those pointing back at the primary's instruction.
        for (const r of part.shown.related ?? [])
            if (r.line < primary.finding.line || r.line > primary.finding.endLine)
                lines.push(r);
        carried.set(primary, lines);
    }
    const out = [];
    for (const j of judged) {
        if (!j.shown || parts.has(j))
            continue;
        const extra = carried.get(j);
        out.push(extra ? { ...j.shown, related: mergeRelated([...(j.shown.related ?? []), ...extra]) } : j.shown);
    }
    return out;
}
/** `also: line 3 (final-stage-copies-context) — …`: a related line in plain text. */
function relatedLineText(r) {
    return `also: line ${r.line}${r.rule ? ` (${r.rule})` : ''} — ${r.message}`;
}
function mergeRelated(lines) {
    const seen = new Set();
    return [...lines]
        .sort((a, b) => a.line - b.line)
        .filter((r) => {
        const key = `${r.line}\0${r.rule ?? ''}\0${r.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/lint/suppressions.ts
/** Stands for "every check BuildKit knows" in `check=skip=all`. */
const BUILDKIT_ALL = 'buildkit:all';
const PRAGMA = /^(stagecraft|hadolint)\s+(?:(global|stage)\s+)?ignore\s*=\s*([\w\-.*]+(?:\s*,\s*[\w\-.*]+)*)/i;
const suppressions_SHELL_PRAGMA = /^hadolint\s+shell\s*=\s*(\S+)/i;
const CHECK_COMMENT = /^check\s*=\s*(\S+)/i;
const CHECK_FORM = '# check=skip=';
/** A comma-separated list of codes, as written. */
function codes(list) {
    return list
        .split(',')
        .map((c) => c.trim())
        .filter((c) => c !== '');
}
/** BuildKit's `check=` value: `skip=A,B;experimental=all;error=true`. Returns null when malformed. */
function parseCheckOptions(value) {
    const out = { skip: [], experimental: [], error: null };
    const first = value.trim().split(/\s/)[0] ?? '';
    if (first === '')
        return out;
    for (const part of first.split(';').slice(0, 3)) {
        const eq = part.indexOf('=');
        if (eq < 0)
            return null;
        const key = part.slice(0, eq).trim().toLowerCase();
        const v = part.slice(eq + 1).trim();
        if (key === 'skip')
            out.skip = codes(v);
        else if (key === 'experimental')
            out.experimental = v === 'all' ? [BUILDKIT_ALL] : codes(v).map((c) => c.toLowerCase());
        else if (key === 'error')
            out.error = /^(1|t|true)$/i.test(v);
        else
            return null;
    }
    return out;
}
/** The entries of one comment or directive, one per code. `check=skip=all` (alone) is the only wildcard, and BuildKit's. */
function entriesOf(written, at) {
    const wildcard = at.form === CHECK_FORM && written.length === 1 && written[0] === 'all';
    return written.map((w) => ({ ...at, written: w, code: wildcard ? BUILDKIT_ALL : w.toLowerCase(), used: false }));
}
/**
 * @param inlineIgnores false (hadolint's `disable-ignore-pragma`): `# stagecraft/hadolint … ignore=`
 *   comments are not honoured; BuildKit's `# check=` directives and comments still are.
 */
function collectSuppressions(df, inlineIgnores = true) {
    const result = { entries: [], experimental: new Set(), checkErrors: false, shell: null };
    for (const directive of df.directives) {
        if (directive.name !== 'check')
            continue;
        const opts = parseCheckOptions(directive.value);
        if (!opts)
            continue;
        result.entries.push(...entriesOf(opts.skip, { line: directive.line, covers: null, form: CHECK_FORM }));
        for (const c of opts.experimental)
            result.experimental.add(c);
        if (opts.error !== null)
            result.checkErrors = opts.error;
    }
    const sorted = df.instructions;
    let cursor = 0;
    const nextInstruction = (line) => {
        while (cursor < sorted.length && sorted[cursor].line <= line)
            cursor++;
        return sorted[cursor] ?? null;
    };
    const stageEnd = (line) => {
        const stage = df.stages.find((s) => s.from.line <= line + 1 && line + 1 <= s.endLine);
        if (stage)
            return stage.endLine;
        const next = df.stages.find((s) => s.from.line > line);
        return next ? next.endLine : df.lines.length;
    };
    for (const comment of df.comments) {
        if (comment.embedded)
            continue;
        const text = comment.text;
        const shell = suppressions_SHELL_PRAGMA.exec(text);
        if (shell)
            result.shell = shell[1];
        const pragma = PRAGMA.exec(text);
        const check = CHECK_COMMENT.exec(text);
        let found;
        let kind;
        let form;
        if (pragma) {
            if (!inlineIgnores)
                continue;
            found = codes(pragma[3]);
            kind = pragma[2]?.toLowerCase();
            form = `# ${pragma[1].toLowerCase()} ${kind ? `${kind} ` : ''}ignore=`;
        }
        else if (check) {
            const opts = parseCheckOptions(check[1]);
            if (!opts || opts.skip.length === 0)
                continue;
            found = opts.skip;
            form = CHECK_FORM;
        }
        else
            continue;
        const at = (covers) => ({ line: comment.line, covers, form });
        if (kind === 'global') {
            result.entries.push(...entriesOf(found, at(null)));
        }
        else if (kind === 'stage') {
            result.entries.push(...entriesOf(found, at({ line: comment.line + 1, endLine: stageEnd(comment.line) })));
        }
        else {
            const ins = nextInstruction(comment.line);
            if (!ins || !onlyCommentsBetween(df, comment.line, ins.line))
                continue;
            result.entries.push(...entriesOf(found, at({ line: ins.line, endLine: ins.endLine })));
        }
    }
    return result;
}
function onlyCommentsBetween(df, from, to) {
    for (let l = from + 1; l < to; l++) {
        const text = df.lines[l - 1].trim();
        if (text !== '' && !text.startsWith('#'))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/lint/engine.ts










/** BuildKit's check names are CamelCase words (`JSONArgsRecommended`); hadolint's and ShellCheck's codes carry digits. */
const BUILDKIT_NAME = /^[A-Z][A-Za-z]*[a-z][A-Za-z]*$/;
/** Whether a rule carries one of BuildKit's checks (`check=experimental=all` turns these on). */
function isBuildkitRule(rule) {
    return rule.aliases.some((a) => BUILDKIT_NAME.test(a));
}
/** Lower-cased id and aliases: what suppressions and config may name a rule by. */
const ruleNames = new WeakMap();
function namesOf(rule) {
    let names = ruleNames.get(rule);
    if (!names) {
        names = [rule.id, ...rule.aliases].map((n) => n.toLowerCase());
        ruleNames.set(rule, names);
    }
    return names;
}
function engine_stageLabel(df, index) {
    if (index === null || index < 0)
        return null;
    const stage = df.stages[index];
    if (!stage)
        return null;
    return stage.name ?? stage.index;
}
function stageOfLine(df, line) {
    for (let i = df.stages.length - 1; i >= 0; i--) {
        if (df.stages[i].from.line <= line)
            return i;
    }
    return null;
}
function lintText(text, path, options = {}) {
    const dockerfile = parseDockerfile(text, { path });
    return { dockerfile, findings: lintDockerfile(dockerfile, options) };
}
/**
 * Runs the rules over one parsed Dockerfile and returns its findings, suppressions and configuration
 * applied, sorted by line. A rule that throws becomes an `internal-error` finding instead of stopping
 * the others.
 */
function lintDockerfile(parsed, options = {}) {
    const df = withNamedContexts(parsed, options.namedContexts);
    const config = options.config ?? DEFAULT_CONFIG;
    const rules = options.rules ?? RULES;
    const suppressions = collectSuppressions(df, config.inlineIgnores);
    const targets = findTargets(df, options.target);
    // Rules that judge "the image" read ctx.target: each target of the file's builds is such an image.
    const judgedTargets = targets.length > 0 ? [...targets] : [null];
    let target = judgedTargets[0];
    const reachable = new Set(targets.flatMap((t) => [...reachableFrom(df, t)]));
    const shipped = new Set(targets.flatMap((t) => ancestry(df, t).map((s) => s.index)));
    const policy = {
        ignored: new Set(config.ignore.map((c) => c.toLowerCase())),
        overrides: new Map(Object.entries(config.severity).map(([k, v]) => [k.toLowerCase(), v])),
        suppressions,
    };
    const stagesByScope = {
        all: df.stages,
        reachable: df.stages.filter((s) => reachable.has(s.index)),
        shipped: df.stages.filter((s) => shipped.has(s.index)),
    };
    const meanings = new Map(suppressions.entries.map((s) => [s, s.code === BUILDKIT_ALL ? null : names_meaningOfRuleName(s.written, options.rules)]));
    const findings = [...configWarnings(config), ...unknownNameWarnings(meanings)];
    // The engine's own external findings: which suppressions silenced nothing, known once the other rules ran.
    let idleSuppressions = [];
    // Every rule's findings, judged by config and suppressions, until one finding can carry another's.
    const judged = [];
    // One context for the file; `rule` and `collected` move on with each rule.
    let rule = rules[0];
    let collected = [];
    // Whether the rule asked which image it judges: a rule that did not says the same for every target.
    let targetRead = false;
    const ctx = {
        dockerfile: df,
        get target() {
            targetRead = true;
            return target;
        },
        targets,
        reachable,
        shipped,
        settings: config.settings,
        dockerignore: options.dockerignore ?? null,
        dockerignoreKnown: options.dockerignore !== undefined,
        packageJson: options.packageJson === undefined ? undefined : parsePackageJson(options.packageJson),
        externalFindings(ruleId) {
            if (ruleId === unusedSuppression.id)
                return idleSuppressions;
            return options.externalFindings?.get(ruleId) ?? [];
        },
        report(input) {
            collected.push({ input, finding: toFinding(df, rule, input), targets: new Set([target?.index ?? -1]) });
        },
        reportAt(instruction, message, severity) {
            const input = { message, line: instruction.line, endLine: instruction.endLine, column: instruction.column, stage: instruction.stage };
            if (severity)
                input.severity = severity;
            ctx.report(input);
        },
    };
    // unused-suppression judges what the other rules' findings did to the suppressions, so it runs last.
    const judgesSuppressions = (r) => r.id === unusedSuppression.id;
    for (rule of [...rules.filter((r) => !judgesSuppressions(r)), ...rules.filter(judgesSuppressions)]) {
        if (!isEnabled(rule, policy))
            continue;
        if (judgesSuppressions(rule)) {
            const idle = suppressions.entries.filter((s) => !s.used).map((s) => ({ suppression: s, meaning: meanings.get(s) }));
            idleSuppressions = idleSuppressionFindings(idle);
        }
        collected = [];
        targetRead = false;
        try {
            for (target of judgedTargets) {
                rule.checkFile?.(ctx);
                if (rule.checkStage) {
                    for (const stage of stagesByScope[rule.scope])
                        rule.checkStage(stage, ctx);
                }
                // Everything else a rule reads is the same for every target: its findings would only repeat.
                if (!targetRead)
                    break;
            }
            if (judgedTargets.length > 1)
                collected = targetRead ? withoutRepeats(collected) : forEveryTarget(collected, judgedTargets);
        }
        catch (err) {
            findings.push(engine_internalErrorFinding(`rule ${rule.id} failed on this file (${err instanceof Error ? err.message : String(err)}); please report it`));
            continue;
        }
        for (const { input, finding, targets: judgedFor } of collected) {
            const verdict = applyPolicy(finding, input, rule, policy);
            if (verdict !== 'off')
                judged.push({ input, finding, shown: verdict === 'suppressed' ? null : verdict, targets: judgedFor });
        }
    }
    findings.push(...carryRelated(judged));
    return sortFindings(findings);
}
/** The findings of a rule that never asked for the target: reported for every target, as running it once per target would have. */
function forEveryTarget(collected, judgedTargets) {
    const all = judgedTargets.map((t) => t?.index ?? -1);
    return withoutRepeats(collected.map((c) => ({ ...c, targets: new Set(all) })));
}
/** One of each finding, knowing every target it was reported for. */
function withoutRepeats(collected) {
    const first = new Map();
    for (const c of collected) {
        const key = JSON.stringify(c.finding);
        const seen = first.get(key);
        if (seen)
            for (const t of c.targets)
                seen.targets.add(t);
        else
            first.set(key, c);
    }
    return [...first.values()];
}
/** Problems of the configuration files that did not stop them from applying: `config-error` warnings. */
function configWarnings(config) {
    return config.warnings.map((w) => toolWarning(1, locatedMessage(w)));
}
/** A name in a suppression comment that refers to nothing: a warning on the comment, as for a config file. */
function unknownNameWarnings(meanings) {
    return [...meanings].flatMap(([s, meaning]) => meaning?.kind === 'unknown' ? [toolWarning(s.line, `\`${s.form}\`: ${names_unknownRuleNameMessage(s.written, meaning.suggestion)}`)] : []);
}
/**
 * Reported like an unusable configuration (`config-error`), as a warning: the rest applies. No
 * suppression or config silences it; fixing the name does.
 */
function toolWarning(line, message) {
    return { rule: 'config-error', aliases: [], severity: 'warning', line, endLine: line, column: 1, message, stage: null };
}
/**
 * Whether a rule runs at all. Off-by-default and experimental rules run when switched on: by a
 * severity in config naming the rule or any of its codes, or (experimental) by `# check=experimental=`.
 */
function isEnabled(rule, policy) {
    const names = namesOf(rule);
    if (policy.ignored.has(rule.id))
        return false;
    if (policy.overrides.size === 0 && !rule.off && !rule.experimental)
        return true;
    const overridden = names.map((n) => policy.overrides.get(n)).filter((o) => o !== undefined);
    if (overridden.length > 0 && overridden.every((o) => o === 'off'))
        return false;
    if (rule.off && overridden.length === 0)
        return false;
    if (rule.experimental && overridden.length === 0) {
        const experimental = policy.suppressions.experimental;
        return names.some((n) => experimental.has(n)) || (isBuildkitRule(rule) && experimental.has(BUILDKIT_ALL));
    }
    return true;
}
/**
 * Config and suppressions, judged per finding by the rule's id and the finding's own codes (a rule that
 * covers several peer checks gives each finding only the code it corresponds to). Returns the finding
 * as shown, `off` when config ignores or switches it off, `suppressed` when the Dockerfile does.
 */
function applyPolicy(finding, input, rule, policy) {
    const names = [rule.id, ...finding.aliases].map((n) => n.toLowerCase());
    if (names.some((n) => policy.ignored.has(n)))
        return 'off';
    const buildkit = finding.aliases.some((a) => BUILDKIT_NAME.test(a));
    // A finding's own level (ShellCheck's) stands unless the team set one; later, more specific names win.
    let severity = input.severity ?? rule.severity;
    if (buildkit && policy.suppressions.checkErrors)
        severity = 'error';
    for (const name of names) {
        const override = policy.overrides.get(name);
        if (override === 'off')
            return 'off';
        if (override)
            severity = override;
    }
    const lines = [finding.line, ...(input.suppressibleAt ?? [])];
    if (isSuppressed(lines, names, buildkit, policy.suppressions))
        return 'suppressed';
    return { ...finding, severity };
}
function toFinding(df, rule, input) {
    const line = Math.max(1, input.line);
    const stage = input.stage === undefined ? stageOfLine(df, line) : input.stage;
    return {
        rule: rule.id,
        aliases: input.aliases ?? rule.aliases,
        severity: input.severity ?? rule.severity,
        line,
        endLine: Math.max(line, input.endLine ?? line),
        column: Math.max(1, input.column ?? 1),
        message: input.message,
        stage: engine_stageLabel(df, stage),
        ...(input.related?.length ? { related: [...input.related].sort((a, b) => a.line - b.line) } : {}),
    };
}
/**
 * Whether an inline or file-wide suppression names the finding, on its line or a line it relates to.
 * Every suppression that does is marked used (two comments naming one finding are both doing their job).
 */
function isSuppressed(lines, names, buildkit, s) {
    let suppressed = false;
    for (const entry of s.entries) {
        const named = names.includes(entry.code) || (buildkit && entry.code === BUILDKIT_ALL);
        const covered = entry.covers === null || lines.some((line) => line >= entry.covers.line && line <= entry.covers.endLine);
        if (named && covered) {
            entry.used = true;
            suppressed = true;
        }
    }
    return suppressed;
}
function sortFindings(findings) {
    return findings.sort((a, b) => a.line - b.line || a.column - b.column || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.rule.localeCompare(b.rule));
}
/** A finding on line 1 saying the lint of this file (or one rule of it) failed, and why: the run goes on. */
function engine_internalErrorFinding(message) {
    return { rule: 'internal-error', aliases: [], severity: 'error', line: 1, endLine: 1, column: 1, message, stage: null };
}

;// CONCATENATED MODULE: ./src/files/budget.ts

/**
 * What one lint run may hold in memory: every file's model stays until the report is written, so the
 * run counts the instructions it has read. Past the budget a file is not linted, and says so; the ones
 * before it are. 200,000 instructions is about seven times a corpus of 927 real Dockerfiles and keeps
 * the run under 1 GB even when every file is the worst shape the size limit lets through.
 */
const MAX_RUN_INSTRUCTIONS = 200_000;
/**
 * The longest chain of stages, each built FROM the one before, a file may have: many checks follow a
 * stage's chain to its base image, so their cost grows with the square of its length (real files stay
 * under 20; the size limit alone would let through 7,000).
 */
const MAX_STAGE_CHAIN = 500;
/** The longest FROM chain of a file, and the stage at its end. */
function longestChain(df) {
    const depths = [];
    let longest = { depth: 0, line: 1 };
    for (const stage of df.stages) {
        // A stage can only be built FROM an earlier one.
        const depth = stage.base.kind === 'stage' && stage.base.stage < stage.index ? depths[stage.base.stage] + 1 : 1;
        depths.push(depth);
        if (depth > longest.depth)
            longest = { depth, line: stage.from.line };
    }
    return longest;
}
class LintBudget {
    maxInstructions;
    used = 0;
    constructor(maxInstructions = MAX_RUN_INSTRUCTIONS) {
        this.maxInstructions = maxInstructions;
    }
    /** Counts a parsed file against the budget: the file itself, or over it, an empty model whose one problem says why. */
    admit(df) {
        const refusal = this.refusal(df);
        return refusal === null ? df : notLinted(df.path, refusal);
    }
    /**
     * Counts a parsed file against the budget: null when it is linted, else why not. A worker thread that
     * rebuilds the file's model from its text is given this answer instead of a budget of its own.
     */
    refusal(df) {
        const count = df.instructions.length;
        const n = (x) => x.toLocaleString('en-US');
        const chain = longestChain(df);
        if (chain.depth > MAX_STAGE_CHAIN) {
            return `not linted: the stage on line ${chain.line} ends a chain of ${n(chain.depth)} stages each built FROM the one before, over the ${MAX_STAGE_CHAIN} the checks follow`;
        }
        if (this.used + count > this.maxInstructions) {
            return `not linted: this file's ${n(count)} instructions would take this run past the ${n(this.maxInstructions)} it may hold (${n(this.used)} read before it)`;
        }
        this.used += count;
        return null;
    }
}
/** An empty model in place of a file not linted, whose one problem, on line 1, says why. */
function notLinted(path, message) {
    const skipped = parse_parseDockerfile('', { path });
    skipped.problems = [{ line: 1, message }];
    return skipped;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/builds/dockerignore-path.ts

/**
 * The `.dockerignore` files BuildKit would use for this build, in the order it looks: `<Dockerfile>.dockerignore`
 * beside the Dockerfile, else `.dockerignore` at the root of the context. The first that exists applies.
 */
function dockerignoreCandidates(build) {
    return [`${build.dockerfile}.dockerignore`, external_node_path_namespaceObject.posix.join(build.context || '.', '.dockerignore')];
}

;// CONCATENATED MODULE: ./src/files/config-files.ts




const STAGECRAFT_NAMES = (/* unused pure expression or super */ null && (['.stagecraft.yml', '.stagecraft.yaml']));
const HADOLINT_NAMES = (/* unused pure expression or super */ null && (['.hadolint.yaml', '.hadolint.yml']));
/** The repository root: the nearest folder above `start` holding `.git`, else `fallback`. */
function findRepositoryRoot(start, fallback) {
    let dir = resolve(start);
    for (;;) {
        if (existsSync(join(dir, '.git')))
            return dir;
        const parent = dirname(dir);
        if (parent === dir)
            return resolve(fallback);
        dir = parent;
    }
}
function nearest(startDir, root, names) {
    let dir = resolve(startDir);
    const top = resolve(root);
    for (;;) {
        for (const name of names) {
            const candidate = join(dir, name);
            if (existsSync(candidate) && statSync(candidate).isFile())
                return candidate;
        }
        if (dir === top || !dir.startsWith(top))
            return null;
        const parent = dirname(dir);
        if (parent === dir)
            return null;
        dir = parent;
    }
}
/**
 * Reads configuration files and remembers them, so a tree of Dockerfiles reads each file once.
 * Errors are ConfigError with the file and line.
 */
class ConfigLoader {
    root;
    explicitConfig;
    cache = new Map();
    constructor(root, 
    /** `--config` / the action's `config` input: used instead of discovering `.stagecraft.yml`. */
    explicitConfig = null) {
        this.root = root;
        this.explicitConfig = explicitConfig;
    }
    load(path, kind) {
        const cached = this.cache.get(path);
        if (cached)
            return cached;
        const display = relative(process.cwd(), path) || basename(path);
        let text;
        try {
            text = readFileSync(path, 'utf8');
        }
        catch (err) {
            throw new ConfigError(display, null, `cannot read the configuration file (${err.code ?? String(err)})`);
        }
        const isHadolint = kind === 'hadolint' || /hadolint/i.test(basename(path));
        const layer = isHadolint ? parseHadolintConfig(text, display) : parseStagecraftConfig(text, display);
        const base = relative(this.root, dirname(path)).split('\\').join('/');
        layer.baseDir = base.startsWith('..') ? '' : base;
        this.cache.set(path, layer);
        return layer;
    }
    /** The configuration for one Dockerfile: nearest `.hadolint.yaml`, then nearest `.stagecraft.yml` (or --config). */
    configFor(dockerfilePath) {
        const dir = dirname(resolve(dockerfilePath));
        const layers = [];
        const hadolint = nearest(dir, this.root, HADOLINT_NAMES);
        if (hadolint)
            layers.push(this.load(hadolint, 'hadolint'));
        const own = this.explicitConfig ? resolve(this.explicitConfig) : nearest(dir, this.root, STAGECRAFT_NAMES);
        if (own)
            layers.push(this.load(own, 'stagecraft'));
        const rel = relative(this.root, resolve(dockerfilePath)).split('\\').join('/');
        return resolveConfig(layers, rel);
    }
}
/**
 * The `.dockerignore` that applies when the Dockerfile's folder is the build context (see
 * `readDockerignoreOf`). Returns null when there is none.
 */
function readDockerignore(dockerfilePath) {
    return readDockerignoreOf(dirname(dockerfilePath), { dockerfile: basename(dockerfilePath), context: '' });
}
/**
 * The build context's `package.json` (what `COPY package*.json ./` brings in): its text, or null when
 * there is none or it cannot be read. Rules get it through their context and stay pure.
 */
function readContextPackageJson(root, build) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(root, build.context, 'package.json'), 'utf8');
    }
    catch {
        return null;
    }
}
/**
 * The `.dockerignore` BuildKit would use for a build under `root` (see `dockerignoreCandidates`:
 * `<Dockerfile>.dockerignore` beside it, else the context's): its text, or null when there is none.
 */
function readDockerignoreOf(root, build) {
    for (const candidate of dockerignoreCandidates(build)) {
        try {
            return (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(root, candidate), 'utf8');
        }
        catch {
            // Not there: BuildKit looks at the next one.
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/files/lint-job.ts





/** The model a job's file stands for: the same whether it is built in the main thread or a worker. */
function modelOfJob(job) {
    const df = parse_parseDockerfile(job.text, { path: job.display });
    // A binary or oversized file has nothing to parse: its one problem says so, without "no instructions" beside it.
    if (job.skipped)
        df.problems.length = 0;
    df.problems.unshift(...job.readProblems);
    return df;
}
/** The model after the budget's verdict: an empty one saying why when the file is left out. */
function admittedModel(job, parsed) {
    return job.notLinted === null ? (parsed ?? modelOfJob(job)) : notLinted(job.display, job.notLinted);
}
/**
 * Lints one file. `df` is the model when the caller has it already (in-process); a worker rebuilds it.
 * A bug of ours on this file becomes a finding on it, so the other files are still linted.
 */
function runLintJob(job, df = admittedModel(job), rules) {
    try {
        const dockerignore = readDockerignoreOf(job.root, job.build);
        const packageJson = readContextPackageJson(job.root, job.build);
        const externalFindings = new Map([[shellcheck.id, job.shellcheck]]);
        return lintDockerfile(df, { config: job.config, target: job.build.targets, dockerignore, packageJson, namedContexts: job.build.namedContexts, rules, externalFindings });
    }
    catch (err) {
        return [engine_internalErrorFinding(`Stagecraft could not lint ${job.display} (${err instanceof Error ? err.message : String(err)}); please report it`)];
    }
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/files/lint-workers.ts





/**
 * Below this many files a run lints in its own thread: starting a worker and loading the lint into it
 * costs about what linting 40 files does (docs/performance.md), so a pull request's few Dockerfiles
 * would only wait for the workers.
 */
const MIN_FILES_FOR_WORKERS = 100;
/** Fewer files than this per worker and another worker costs more than it saves. */
const MIN_FILES_PER_WORKER = 50;
let processSettings = { file: null, jobs: null };
/** Called by an entry point: where its worker bundle is, and the `--jobs` asked for. */
function useLintWorkers(settings) {
    processSettings = { ...processSettings, ...settings };
}
function lintWorkerSettings() {
    return processSettings;
}
/**
 * The worker bundle at `relativePath` from the bundle at `bundleUrl` (the entry's `import.meta.url`),
 * or null when it is not there: run from the sources, the lint stays in-process.
 */
function lintWorkerBeside(bundleUrl, relativePath) {
    const file = join(dirname(fileURLToPath(bundleUrl)), relativePath);
    return existsSync(file) ? file : null;
}
/** `STAGECRAFT_JOBS` / `--jobs`: a whole number ≥ 1, else a message saying what was wrong. */
function parseJobs(value, name) {
    const jobs = Number(value);
    return /^\d+$/.test(value.trim()) && jobs >= 1 ? jobs : `${name} must be a whole number of 1 or more (got "${value}")`;
}
/**
 * How many workers lint `files` files: 0 for in-process. By default one core is left to the main
 * thread and V8's own threads (its garbage collector and compiler keep most of a second core busy
 * during a lint in one thread), and one worker would only move the lint, not share it: on 2 cores
 * the lint stays in-process (docs/performance.md has the measurements).
 */
function workerCount(files, jobs, cores) {
    if (jobs !== null)
        return jobs <= 1 ? 0 : Math.min(jobs, files);
    if (files < MIN_FILES_FOR_WORKERS)
        return 0;
    const workers = Math.min(cores - 1, Math.floor(files / MIN_FILES_PER_WORKER));
    return workers >= 2 ? workers : 0;
}
/**
 * The worker's side: lints each file it is sent with `lint`, and answers once per chunk (a message per
 * file costs more than some files' lint). Before each file it writes the file's index to `progress`,
 * shared with the main thread, so that if the worker dies the main thread knows which file killed it.
 */
function serveLintJobs(port, progress, lint) {
    port.on('message', (request) => {
        const findings = [];
        for (const { index, job } of request.chunk) {
            Atomics.store(progress, 0, index);
            findings.push(lint(job));
        }
        port.postMessage({ findings });
    });
    port.postMessage({ ready: true });
}
/**
 * `size` workers running `file`, started now so that they load while the main thread still works
 * (ShellCheck). Files go out a few at a time, fewer as the run nears its end, so no worker idles
 * while another has a long queue. A worker that stops (a crash, running out of memory) costs the file it
 * was linting one finding naming it; its other files go to a new worker. If workers cannot start at
 * all, the files are linted in-process.
 */
function startLintPool(file, size) {
    const slots = new Set();
    let onReply = () => { };
    let onExit = () => { };
    let closing = false;
    // A worker that stopped before it was ready: the bundle cannot load, and every other would fail alike.
    let cannotStart = false;
    const spawn = () => {
        const progress = new Int32Array(new SharedArrayBuffer(4));
        const slot = { worker: new Worker(file, { workerData: { progress } }), ready: false, pending: [], progress, failure: null };
        slots.add(slot);
        slot.worker.on('message', (reply) => {
            if ('ready' in reply)
                slot.ready = true;
            onReply(slot, reply);
        });
        slot.worker.on('error', (err) => {
            slot.failure = err instanceof Error ? err.message : String(err);
        });
        slot.worker.on('exit', (code) => {
            slots.delete(slot);
            if (closing)
                return;
            slot.failure ??= `exit code ${code}`;
            if (!slot.ready)
                cannotStart = true;
            onExit(slot);
        });
        return slot;
    };
    for (let i = 0; i < size; i++)
        spawn();
    return {
        lint(jobs, inProcess) {
            return new Promise((resolve) => {
                const results = new Array(jobs.length);
                let answered = 0;
                const queue = jobs.map((_, i) => i);
                let broken = false;
                const finish = () => {
                    if (answered === jobs.length)
                        resolve(results);
                };
                const answer = (index, findings) => {
                    results[index] = findings;
                    answered++;
                };
                const feed = (slot) => {
                    if (queue.length === 0 || !slot.ready)
                        return;
                    const take = Math.max(1, Math.min(16, Math.ceil(queue.length / (2 * size))));
                    slot.pending = queue.splice(0, take);
                    Atomics.store(slot.progress, 0, -1);
                    slot.worker.postMessage({ chunk: slot.pending.map((index) => ({ index, job: jobs[index] })) });
                };
                const fallBack = () => {
                    // Workers that cannot even load would fail every file alike: the main thread lints the rest.
                    broken = true;
                    for (const slot of slots)
                        queue.push(...slot.pending.splice(0));
                    for (const index of queue.splice(0))
                        answer(index, inProcess(index));
                    finish();
                };
                onReply = (slot, reply) => {
                    if (broken)
                        return;
                    if ('ready' in reply)
                        return feed(slot);
                    reply.findings.forEach((findings, i) => answer(slot.pending[i], findings));
                    slot.pending = [];
                    feed(slot);
                    finish();
                };
                onExit = (slot) => {
                    if (broken)
                        return;
                    if (cannotStart)
                        return fallBack();
                    // The files of its chunk before the one it died on are linted again; that one is not.
                    const lost = Atomics.load(slot.progress, 0);
                    if (slot.pending.includes(lost)) {
                        answer(lost, [internalErrorFinding(`the worker thread linting ${jobs[lost].display} stopped (${slot.failure}); this file was not linted, the others were; please report it`)]);
                    }
                    queue.unshift(...slot.pending.filter((i) => i !== lost));
                    slot.pending = [];
                    if (queue.length > 0)
                        spawn();
                    finish();
                };
                if (cannotStart || slots.size === 0)
                    return fallBack();
                for (const slot of slots)
                    feed(slot);
                finish();
            });
        },
        async close() {
            closing = true;
            await Promise.all([...slots].map((slot) => slot.worker.terminate()));
        },
    };
}

;// CONCATENATED MODULE: ./src/lint-worker-entry.ts
/**
 * The lint's worker thread (bundled on its own as dist/lint-worker/index.js): lints the files the main
 * thread sends it, with the configuration, build and ShellCheck findings the main thread resolved.
 */



if (!external_node_worker_threads_namespaceObject.parentPort)
    throw new Error('the lint worker runs as a worker thread of Stagecraft, not on its own');
serveLintJobs(external_node_worker_threads_namespaceObject.parentPort, external_node_worker_threads_namespaceObject.workerData.progress, (job) => runLintJob(job));

