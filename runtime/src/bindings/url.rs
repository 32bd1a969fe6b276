//! `internalBinding('url')`: WHATWG URL parsing and the URL setters, done by the `url` crate
//! (servo's implementation of the URL Standard, tested against the web-platform tests). The `URL`
//! and `URLSearchParams` classes themselves are JavaScript (`stdlib/internal/url.js`).

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsObject, JsResult, JsValue};
use url::{quirks, Url};

pub fn create(context: &mut Context) -> JsResult<JsObject> {
    Ok(super::make_object(
        context,
        &[
            ("parse", 2, parse),
            ("update", 3, update),
            ("domainToASCII", 1, domain_to_ascii),
            ("domainToUnicode", 1, domain_to_unicode),
            ("parseSearchParams", 1, parse_search_params),
            ("serializeSearchParams", 1, serialize_search_params),
        ],
        vec![],
    ))
}

/// The components JS caches: `[href, origin, protocol, username, password, host, hostname, port,
/// pathname, search, hash]`.
fn components(url: &Url, context: &mut Context) -> JsValue {
    let parts = [
        quirks::href(url).to_string(),
        quirks::origin(url),
        quirks::protocol(url).to_string(),
        quirks::username(url).to_string(),
        quirks::password(url).to_string(),
        quirks::host(url).to_string(),
        quirks::hostname(url).to_string(),
        quirks::port(url).to_string(),
        quirks::pathname(url).to_string(),
        quirks::search(url).to_string(),
        quirks::hash(url).to_string(),
    ];
    JsArray::from_iter(parts.iter().map(|p| js_string!(p.as_str()).into()), context).into()
}

/// `parse(input, base?)` → components, or `undefined` when the input (or base) is not a URL.
fn parse(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let input = super::arg_string(args, 0, context)?;
    let parsed = match args.get(1).filter(|b| !b.is_undefined()) {
        Some(base) => {
            let base = base.to_string(context)?.to_std_string_lossy();
            Url::parse(&base).and_then(|base| base.join(&input))
        }
        None => Url::parse(&input),
    };
    Ok(match parsed {
        Ok(url) => components(&url, context),
        Err(_) => JsValue::undefined(),
    })
}

/// `update(href, field, value)` → components after running the URL Standard's setter for
/// `field`; `undefined` when the setter rejects the value (the URL is then unchanged).
fn update(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let href = super::arg_string(args, 0, context)?;
    let field = super::arg_string(args, 1, context)?;
    let value = super::arg_string(args, 2, context)?;
    let Ok(mut url) = Url::parse(&href) else {
        return Ok(JsValue::undefined());
    };
    let accepted = match field.as_str() {
        "href" => quirks::set_href(&mut url, &value).is_ok(),
        "protocol" => quirks::set_protocol(&mut url, &value).is_ok(),
        "username" => quirks::set_username(&mut url, &value).is_ok(),
        "password" => quirks::set_password(&mut url, &value).is_ok(),
        "host" => quirks::set_host(&mut url, &value).is_ok(),
        "hostname" => quirks::set_hostname(&mut url, &value).is_ok(),
        "port" => quirks::set_port(&mut url, &value).is_ok(),
        "pathname" => {
            quirks::set_pathname(&mut url, &value);
            true
        }
        "search" => {
            quirks::set_search(&mut url, &value);
            true
        }
        "hash" => {
            quirks::set_hash(&mut url, &value);
            true
        }
        _ => false,
    };
    Ok(if accepted {
        components(&url, context)
    } else {
        JsValue::undefined()
    })
}

fn domain_to_ascii(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let domain = super::arg_string(args, 0, context)?;
    Ok(js_string!(quirks::domain_to_ascii(&domain).as_str()).into())
}

fn domain_to_unicode(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let domain = super::arg_string(args, 0, context)?;
    Ok(js_string!(quirks::domain_to_unicode(&domain).as_str()).into())
}

/// `parseSearchParams(query)` → `[name, value, name, value, ...]` (application/x-www-form-urlencoded).
fn parse_search_params(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let query = super::arg_string(args, 0, context)?;
    let mut flat = Vec::new();
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        flat.push(js_string!(name.as_ref()).into());
        flat.push(js_string!(value.as_ref()).into());
    }
    Ok(JsArray::from_iter(flat, context).into())
}

/// `serializeSearchParams([name, value, ...])` → the urlencoded string.
fn serialize_search_params(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let Some(list) = args.first().and_then(JsValue::as_object) else {
        return Ok(js_string!().into());
    };
    let list = JsArray::from_object(list)?;
    let length = list.length(context)?;
    let mut serializer = url::form_urlencoded::Serializer::new(String::new());
    let mut i = 0;
    while i + 1 < length {
        let name = list
            .get(i, context)?
            .to_string(context)?
            .to_std_string_lossy();
        let value = list
            .get(i + 1, context)?
            .to_string(context)?
            .to_std_string_lossy();
        serializer.append_pair(&name, &value);
        i += 2;
    }
    Ok(js_string!(serializer.finish().as_str()).into())
}
