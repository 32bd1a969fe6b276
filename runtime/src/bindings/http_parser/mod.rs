//! `internalBinding('http_parser')`: HTTP/1.x parsing for `http` (Node's binding of the same name
//! wraps llhttp; ours wraps [`framing::Parser`]: response heads read as llhttp reads them
//! ([`status_line`], [`header_fields`]), request heads partly through `httparse`).
//!
//! A parser is a JS object carrying Rust state. `execute(parser, bytes)` returns what the bytes
//! completed, in order, as a flat array JS walks without further parsing:
//! - a head object `{ method, url, statusCode, statusMessage, versionMajor, versionMinor,
//!   headers: [name, value, ...], upgrade, shouldKeepAlive }` (Latin-1 strings, names as sent),
//! - a `Uint8Array` of body bytes (chunked coding already removed),
//! - `1`: the message is complete,
//! - `2` then a `Uint8Array`: the connection was upgraded; those bytes follow the head,
//! - `3` then an array `[name, value, ...]`: the trailer fields of a chunked message (just
//!   before its `1`),
//! - an `Error` (`Parse Error: <reason>`, with `bytesParsed`, `code` `HPE_*`, `reason`): the
//!   last entry; the parser stops.

mod framing;
mod header_fields;
mod request_line;
mod status_line;
mod validate;

use std::cell::RefCell;

use boa_engine::builtins::array_buffer::AlignedVec;
use boa_engine::object::builtins::{JsArray, JsArrayBuffer, JsUint8Array};
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{
    js_string, Context, Finalize, JsData, JsNativeError, JsObject, JsResult, JsStr, JsString,
    JsValue, Trace,
};

use super::buffer::View;
use framing::{Event, Kind, ParseError, Parser};

/// The Rust state behind a JS parser object (plain Rust data: nothing for the GC to trace).
#[derive(Trace, Finalize, JsData)]
#[boa_gc(unsafe_empty_trace)]
struct ParserData {
    parser: RefCell<Parser>,
}

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[
            ("create", 2, create_parser),
            ("execute", 2, execute),
            ("finish", 1, finish),
            ("busy", 1, busy),
            ("setSkipBody", 2, set_skip_body),
            ("setConnect", 2, set_connect),
            ("setLenient", 2, set_lenient),
            ("isToken", 1, validate::is_token),
            ("hasInvalidHeaderChar", 1, validate::has_invalid_header_char),
        ],
        vec![
            ("REQUEST", JsValue::from(1)),
            ("RESPONSE", JsValue::from(2)),
        ],
    ))
}

/// `create(kind, maxHeaderSize)` → a parser for requests (`REQUEST`) or responses.
fn create_parser(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let kind = match args.first().and_then(JsValue::as_number) {
        Some(2.0) => Kind::Response,
        _ => Kind::Request,
    };
    let max_header_size = args
        .get(1)
        .and_then(JsValue::as_number)
        .filter(|n| *n >= 1.0)
        .map_or(16 * 1024, |n| n as usize);
    let data = ParserData {
        parser: RefCell::new(Parser::new(kind, max_header_size)),
    };
    let prototype = context.intrinsics().constructors().object().prototype();
    Ok(JsObject::from_proto_and_data(prototype, data).into())
}

fn with_parser<R>(args: &[JsValue], f: impl FnOnce(&mut Parser) -> R) -> JsResult<R> {
    let object = args
        .first()
        .and_then(JsValue::as_object)
        .ok_or_else(|| JsNativeError::typ().with_message("parser must be an HTTP parser object"))?;
    let data = object
        .downcast_ref::<ParserData>()
        .ok_or_else(|| JsNativeError::typ().with_message("parser must be an HTTP parser object"))?;
    let mut parser = data.parser.borrow_mut();
    Ok(f(&mut parser))
}

/// One event in JS form (see the module comment).
enum Output {
    Value(JsValue),
    List(Vec<JsValue>),
    Bytes(AlignedVec<u8>),
}

fn bytes_value(bytes: &[u8]) -> AlignedVec<u8> {
    let mut copy = AlignedVec::<u8>::with_capacity(64, bytes.len());
    copy.extend_from_slice(bytes);
    copy
}

fn latin1(bytes: &[u8]) -> JsValue {
    JsString::from(JsStr::latin1(bytes)).into()
}

/// Converts parser events to JS values as they come (body bytes are copied once, here).
fn collect(
    context: &mut Context,
    run: impl FnOnce(&mut dyn FnMut(Event<'_, '_>)) -> JsResult<Result<(), ParseError>>,
) -> JsResult<JsValue> {
    let mut outputs = Vec::new();
    let mut heads = Vec::new();
    let result = run(&mut |event| match event {
        Event::Head(head) => {
            let mut headers = Vec::with_capacity(head.headers.len() * 2);
            for (name, value) in &head.headers {
                headers.push(latin1(name.as_bytes()));
                headers.push(latin1(value));
            }
            heads.push((
                head.method.to_string(),
                head.url.to_string(),
                head.status,
                head.reason.to_vec(),
                head.version,
                headers,
                head.upgrade,
                head.keep_alive,
            ));
            outputs.push(Output::Value(JsValue::undefined()));
        }
        Event::Body(bytes) => outputs.push(Output::Bytes(bytes_value(bytes))),
        Event::Trailers(fields) => {
            outputs.push(Output::Value(JsValue::from(3)));
            let mut list = Vec::with_capacity(fields.len() * 2);
            for (name, value) in fields {
                list.push(latin1(name.as_bytes()));
                list.push(latin1(value));
            }
            outputs.push(Output::List(list));
        }
        Event::Complete => outputs.push(Output::Value(JsValue::from(1))),
        Event::Upgrade(rest) => {
            outputs.push(Output::Value(JsValue::from(2)));
            outputs.push(Output::Bytes(bytes_value(rest)));
        }
    })?;
    let mut heads = heads.into_iter();
    let mut values = Vec::with_capacity(outputs.len() + 1);
    for output in outputs {
        values.push(match output {
            Output::Value(value) if value.is_undefined() => {
                let head = heads.next().expect("invariant: one head per placeholder");
                head_object(head, context)?
            }
            Output::Value(value) => value,
            Output::List(list) => JsArray::from_iter(list, context).into(),
            Output::Bytes(bytes) => {
                let buffer = JsArrayBuffer::from_byte_block(bytes, context)?;
                JsUint8Array::from_array_buffer(buffer, context)?.into()
            }
        });
    }
    if let Err(error) = result {
        values.push(parse_error(&error, context));
    }
    Ok(JsArray::from_iter(values, context).into())
}

type HeadParts = (
    String,
    String,
    u16,
    Vec<u8>,
    (u8, u8),
    Vec<JsValue>,
    bool,
    bool,
);

fn head_object(head: HeadParts, context: &mut Context) -> JsResult<JsValue> {
    let (method, url, status, reason, (major, minor), headers, upgrade, keep_alive) = head;
    let headers = JsArray::from_iter(headers, context);
    let object = ObjectInitializer::new(context)
        .property(js_string!("method"), js_string!(method), Attribute::all())
        .property(js_string!("url"), latin1(url.as_bytes()), Attribute::all())
        .property(js_string!("statusCode"), status, Attribute::all())
        .property(
            js_string!("statusMessage"),
            latin1(&reason),
            Attribute::all(),
        )
        .property(js_string!("versionMajor"), major, Attribute::all())
        .property(js_string!("versionMinor"), minor, Attribute::all())
        .property(js_string!("headers"), headers, Attribute::all())
        .property(js_string!("upgrade"), upgrade, Attribute::all())
        .property(js_string!("shouldKeepAlive"), keep_alive, Attribute::all())
        .build();
    Ok(object.into())
}

/// Node's parse error: `Parse Error: <reason>` with `bytesParsed`, `code` and `reason`.
fn parse_error(error: &ParseError, context: &mut Context) -> JsValue {
    let message = format!("Parse Error: {}", error.reason);
    let value = context
        .global_object()
        .get(js_string!("Error"), context)
        .ok()
        .and_then(|ctor| ctor.as_constructor())
        .and_then(|ctor| {
            ctor.construct(&[js_string!(message.clone()).into()], None, context)
                .ok()
        })
        .map_or_else(
            || {
                let error = boa_engine::JsError::from(JsNativeError::error().with_message(message));
                error.into_opaque(context).unwrap_or_default()
            },
            JsValue::from,
        );
    if let Some(object) = value.as_object() {
        let _ = object.set(
            js_string!("bytesParsed"),
            error.bytes_parsed as f64,
            false,
            context,
        );
        let _ = object.set(js_string!("code"), js_string!(error.code), false, context);
        let _ = object.set(
            js_string!("reason"),
            js_string!(error.reason),
            false,
            context,
        );
    }
    value
}

/// `execute(parser, bytes)` → the events the bytes completed (see the module comment).
fn execute(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let view = View::arg(args, 1, context)?;
    collect(context, |on_event| {
        with_parser(args, |parser| match view.buffer.data() {
            Some(data) => parser.execute(&data[view.range(0, usize::MAX)], on_event),
            None => Ok(()),
        })
    })
}

/// `finish(parser)` → the events the end of the connection completes (a body read until EOF),
/// or a parse error for a message cut short.
fn finish(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    collect(context, |on_event| {
        with_parser(args, |parser| parser.finish(on_event))
    })
}

/// `busy(parser)` → whether a message is under way (a partial head, or a body not yet complete).
fn busy(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    Ok(with_parser(args, |parser| parser.busy())?.into())
}

/// `setSkipBody(parser, skip)`: the next response has no body (it answers a HEAD request).
fn set_skip_body(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let skip = args.get(1).is_some_and(JsValue::to_boolean);
    with_parser(args, |parser| parser.skip_body = skip)?;
    Ok(JsValue::undefined())
}

/// `setLenient(parser, lenient)`: Node's `insecureHTTPParser` (header values may hold control
/// characters).
fn set_lenient(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let lenient = args.get(1).is_some_and(JsValue::to_boolean);
    with_parser(args, |parser| parser.lenient = lenient)?;
    Ok(JsValue::undefined())
}

/// `setConnect(parser, connect)`: the next response answers CONNECT (its head ends HTTP here).
fn set_connect(_: &JsValue, args: &[JsValue], _: &mut Context) -> JsResult<JsValue> {
    let connect = args.get(1).is_some_and(JsValue::to_boolean);
    with_parser(args, |parser| parser.connect = connect)?;
    Ok(JsValue::undefined())
}
