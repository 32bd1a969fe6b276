//! `RegExp.prototype[Symbol.replace]` and GetSubstitution's replacement patterns.

use std::ops::Range;

use boa_engine::builtins::regexp::RegExp;
use boa_engine::string::CommonJsStringBuilder;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue};
use regress::Match;

use super::exec::{builtin_exec, capture_value, global_matches, named_groups, Flags};
use super::generic::generic_replace;
use super::{is_pristine, string_arg, this_object};

/// `RegExp.prototype[Symbol.replace](string, replaceValue)`.
pub(super) fn symbol_replace(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let rx = this_object("@@replace", this, context)?;
    let input = string_arg(args, context)?;
    let replace_value = args.get(1).cloned().unwrap_or_default();
    let replacer = match replace_value.as_callable() {
        Some(f) => Replacer::Function(f.clone()),
        None => Replacer::Template(replace_value.to_string(context)?),
    };
    if !is_pristine(&rx, context)? {
        return generic_replace(&rx, &input, &replacer.into_value(), context);
    }
    let matches = find_matches(&rx, &input, context)?;
    let mut out = CommonJsStringBuilder::new();
    let mut next_source_position = 0;
    // Parsed with the first match, which tells how many groups the pattern has.
    let template = match (&replacer, matches.first()) {
        (Replacer::Template(t), Some(first)) => Some(Template::parse(
            t,
            first.captures.len(),
            first.named_groups().next().is_some(),
        )),
        _ => None,
    };
    for found in &matches {
        let position = found.start();
        if position < next_source_position {
            continue;
        }
        out.push(input.as_str().get_expect(next_source_position..position));
        match (&replacer, &template) {
            (Replacer::Function(f), _) => {
                let replacement = call_replacer(f, found, &input, context)?;
                out.push(replacement);
            }
            (_, Some(template)) => template.expand(&mut out, found, &input),
            (Replacer::Template(_), None) => unreachable!("a template replacer has a template"),
        }
        next_source_position = found.end();
    }
    if matches.is_empty() {
        return Ok(input.into());
    }
    out.push(input.as_str().get_expect(next_source_position..));
    Ok(out.build().into())
}

/// The matches the spec's exec loop would collect: every one for a global RegExp (leaving
/// `lastIndex` at 0, as the loop's final failing `exec` does), else at most one.
fn find_matches(rx: &JsObject, input: &JsString, context: &mut Context) -> JsResult<Vec<Match>> {
    let flags = Flags::of(&rx.downcast_ref::<RegExp>().expect("pristine: a RegExp"));
    if !flags.global {
        return Ok(builtin_exec(rx, input, context)?
            .map(|(found, _)| found)
            .into_iter()
            .collect());
    }
    global_matches(rx, input, flags, context)
}

/// The replacement: a function called per match, or a string of `$` patterns.
enum Replacer {
    Function(JsObject),
    Template(JsString),
}

impl Replacer {
    fn into_value(self) -> JsValue {
        match self {
            Replacer::Function(f) => f.into(),
            Replacer::Template(t) => t.into(),
        }
    }
}

/// Calls a replacer function with (matched, ...captures, position, string[, groups]).
fn call_replacer(
    f: &JsObject,
    found: &Match,
    input: &JsString,
    context: &mut Context,
) -> JsResult<JsString> {
    let mut args = Vec::with_capacity(found.captures.len() + 4);
    args.push(capture_value(input, Some(found.range())));
    for i in 1..found.captures.len() + 1 {
        args.push(capture_value(input, found.group(i)));
    }
    args.push(found.start().into());
    args.push(input.clone().into());
    let groups = named_groups(found, context, |range, _| capture_value(input, range))?;
    if !groups.is_undefined() {
        args.push(groups);
    }
    f.call(&JsValue::undefined(), &args, context)?
        .to_string(context)
}

/// One piece of a parsed replacement string.
enum Piece {
    /// Template text copied as is (code-unit range in the template).
    Text(Range<usize>),
    /// `$&`
    Matched,
    /// `` $` ``
    Before,
    /// `$'`
    After,
    /// `$n` / `$nn`: a capture group, 1-based.
    Group(usize),
    /// `$<name>`
    Named(String),
}

/// A replacement string parsed once per call, as GetSubstitution reads it.
pub(super) struct Template {
    source: JsString,
    pieces: Vec<Piece>,
}

impl Template {
    /// Splits `source` into pieces for a pattern with `capture_count` groups, with `$<name>`
    /// recognised only when the match has a groups object (`has_names`).
    pub(super) fn parse(source: &JsString, capture_count: usize, has_names: bool) -> Self {
        let units = source.to_vec();
        let at = |i: usize| units.get(i).copied().unwrap_or(0);
        let digit = |u: u16| (u16::from(b'0')..=u16::from(b'9')).contains(&u);
        let mut pieces = Vec::new();
        let mut text_start = 0;
        let mut i = 0;
        while i < units.len() {
            if at(i) != u16::from(b'$') || i + 1 >= units.len() {
                i += 1;
                continue;
            }
            let next = at(i + 1);
            let (piece, len) = match next {
                n if n == u16::from(b'$') => (Piece::Text(i..i + 1), 2),
                n if n == u16::from(b'&') => (Piece::Matched, 2),
                n if n == u16::from(b'`') => (Piece::Before, 2),
                n if n == u16::from(b'\'') => (Piece::After, 2),
                n if digit(n) => {
                    let one = usize::from(n - u16::from(b'0'));
                    let two = digit(at(i + 2)).then(|| one * 10 + usize::from(at(i + 2) - 48));
                    match two {
                        Some(index) if (1..=capture_count).contains(&index) => {
                            (Piece::Group(index), 3)
                        }
                        Some(index) if index <= capture_count => (Piece::Text(i..i + 3), 3),
                        _ if (1..=capture_count).contains(&one) => (Piece::Group(one), 2),
                        _ => (Piece::Text(i..i + 2), 2),
                    }
                }
                n if n == u16::from(b'<') && has_names => {
                    match units[i + 2..].iter().position(|&u| u == u16::from(b'>')) {
                        Some(offset) => {
                            let name = String::from_utf16_lossy(&units[i + 2..i + 2 + offset]);
                            (Piece::Named(name), offset + 3)
                        }
                        None => (Piece::Text(i..i + 2), 2),
                    }
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            if text_start < i {
                pieces.push(Piece::Text(text_start..i));
            }
            pieces.push(piece);
            i += len;
            text_start = i;
        }
        if text_start < units.len() {
            pieces.push(Piece::Text(text_start..units.len()));
        }
        Self {
            source: source.clone(),
            pieces,
        }
    }

    /// Appends the replacement for `found` to `out`.
    fn expand<'a>(
        &'a self,
        out: &mut CommonJsStringBuilder<'a>,
        found: &Match,
        input: &'a JsString,
    ) {
        let whole = input.as_str();
        for piece in &self.pieces {
            match piece {
                Piece::Text(range) => out.push(self.source.as_str().get_expect(range.clone())),
                Piece::Matched => out.push(whole.get_expect(found.range())),
                Piece::Before => out.push(whole.get_expect(..found.start())),
                Piece::After => out.push(whole.get_expect(found.end().min(whole.len())..)),
                Piece::Group(n) => {
                    if let Some(range) = found.group(*n) {
                        out.push(whole.get_expect(range));
                    }
                }
                Piece::Named(name) => {
                    let range = found
                        .named_groups()
                        .find(|(group, _)| *group == name)
                        .and_then(|(_, range)| range);
                    if let Some(range) = range {
                        out.push(whole.get_expect(range));
                    }
                }
            }
        }
    }

    /// GetSubstitution for the generic path: the match and captures are the values the
    /// result object gave, and `$<name>` reads `named` with `Get`.
    pub(super) fn expand_generic(
        &self,
        matched: &JsString,
        input: &JsString,
        position: usize,
        captures: &[JsValue],
        named: Option<&JsObject>,
        context: &mut Context,
    ) -> JsResult<JsString> {
        let whole = input.as_str();
        let mut parts: Vec<JsString> = Vec::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(range) => parts.push(self.source.get_expect(range.clone())),
                Piece::Matched => parts.push(matched.clone()),
                Piece::Before => parts.push(whole.get_expect(..position).into()),
                Piece::After => {
                    let tail = (position + matched.len()).min(whole.len());
                    parts.push(whole.get_expect(tail..).into());
                }
                Piece::Group(n) => {
                    if let Some(capture) = captures.get(n - 1).and_then(JsValue::as_string) {
                        parts.push(capture.clone());
                    }
                }
                Piece::Named(name) => {
                    let Some(named) = named else { continue };
                    let value = named.get(JsString::from(name.as_str()), context)?;
                    if !value.is_undefined() {
                        parts.push(value.to_string(context)?);
                    }
                }
            }
        }
        let mut out = CommonJsStringBuilder::new();
        for part in &parts {
            out.push(part.as_str());
        }
        Ok(out.build())
    }
}
