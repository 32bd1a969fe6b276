use std::rc::Rc;

use boa_ast::{LinearPosition, LinearSpan};
use boa_string::JsStr;

use crate::JsString;
use boa_gc::{Finalize, Trace};

/// coil patch: the source text kept for `Function.prototype.toString`, stored at its exact
/// size and, when every code unit fits, one byte per unit. The parser hands over a `Vec<u16>`
/// grown by doubling; every module and script kept it for as long as one of its functions
/// lived (for the standard library: always), up to four times the bytes the text needs.
/// A `'static` ASCII text (coil's embedded standard library, see [`SourceText::new_static`]) is
/// kept by reference, not copied.
enum Inner {
    Latin1(Box<[u8]>),
    Utf16(Box<[u16]>),
    Static(&'static [u8]),
}

impl Inner {
    fn new(source_text: &boa_ast::SourceText) -> Self {
        Self::from_units(source_text.get_code_points_from_pos(LinearPosition::new(0)))
    }

    fn from_units(units: &[u16]) -> Self {
        if units.iter().all(|&unit| unit <= 0xFF) {
            #[allow(clippy::cast_possible_truncation)]
            Self::Latin1(units.iter().map(|&unit| unit as u8).collect())
        } else {
            Self::Utf16(units.into())
        }
    }

    /// The code units of `span` as a string.
    fn slice(&self, span: LinearSpan) -> JsString {
        let range = span.start().pos()..span.end().pos();
        match self {
            Self::Latin1(bytes) => JsString::from(JsStr::latin1(&bytes[range])),
            Self::Static(bytes) => JsString::from(JsStr::latin1(&bytes[range])),
            Self::Utf16(units) => JsString::from(&units[range]),
        }
    }
}

#[derive(Default, Trace, Finalize, Clone)]
pub(crate) struct SourceText {
    #[unsafe_ignore_trace]
    source_text: Option<Rc<Inner>>,
}

impl SourceText {
    #[must_use]
    pub(crate) fn new(source_text: boa_ast::SourceText) -> Self {
        Self {
            source_text: Some(Rc::new(Inner::new(&source_text))),
        }
    }

    /// coil patch: the source text of a script parsed from `text`, which is ASCII (so its
    /// UTF-16 positions are its byte offsets) and lives as long as the program: referenced, not
    /// copied. `parsed` is what the parser collected, used instead when it is not `text`
    /// unit for unit.
    pub(crate) fn new_static(text: &'static str, parsed: boa_ast::SourceText) -> Self {
        let units = parsed.get_code_points_from_pos(LinearPosition::new(0));
        let same = text.is_ascii()
            && units.len() == text.len()
            && units
                .iter()
                .zip(text.bytes())
                .all(|(&u, b)| u == u16::from(b));
        if !same {
            return Self::new(parsed);
        }
        Self {
            source_text: Some(Rc::new(Inner::Static(text.as_bytes()))),
        }
    }

    fn new_empty() -> Self {
        Self { source_text: None }
    }

    #[inline]
    fn inner(&self) -> Option<&Inner> {
        self.source_text.as_deref()
    }

    fn is_empty(&self) -> bool {
        self.source_text.is_none()
    }
}

/// Contains pointer to source code and span of the object.
#[derive(Default, Clone)]
pub struct SpannedSourceText {
    source_text: SourceText,
    span: Option<LinearSpan>,
}

impl SpannedSourceText {
    pub(crate) fn new(source_text: SourceText, span: Option<LinearSpan>) -> Self {
        Self { source_text, span }
    }

    pub(crate) fn new_source_only(source_text: SourceText) -> Self {
        Self {
            source_text,
            span: None,
        }
    }

    pub(crate) fn new_empty() -> Self {
        Self {
            source_text: SourceText::new_empty(),
            span: None,
        }
    }

    /// coil patch: a source text made of `units`, spanning all of them (the functions
    /// `new Function` creates, whose text the runtime assembles).
    pub(crate) fn whole(units: &[u16]) -> Self {
        Self {
            source_text: SourceText {
                source_text: Some(Rc::new(Inner::from_units(units))),
            },
            span: Some(LinearSpan::new(
                LinearPosition::new(0),
                LinearPosition::new(units.len()),
            )),
        }
    }

    /// Creates new [`SpannedSourceText`] with the same [`SourceText`] but without its span.
    pub(crate) fn clone_only_source(&self) -> Self {
        Self {
            source_text: self.source_text.clone(),
            span: None,
        }
    }

    /// Returns the [`SourceText`].
    #[must_use]
    pub(crate) fn source_text(&self) -> SourceText {
        self.source_text.clone()
    }

    /// Test if the span is empty.
    #[inline]
    #[must_use]
    pub fn is_empty(&self) -> bool {
        let span_is_empty = if let Some(x) = self.span {
            x.is_empty()
        } else {
            true
        };
        span_is_empty || self.source_text.is_empty()
    }

    /// The text of the span (coil patch: a string, where Boa returned the UTF-16 code units).
    #[must_use]
    pub fn to_js_string(&self) -> Option<JsString> {
        if let (Some(source_text), Some(span)) = (self.source_text.inner(), self.span) {
            Some(source_text.slice(span))
        } else {
            None
        }
    }
}

impl std::fmt::Debug for SpannedSourceText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SourceTextSpanned").finish()
    }
}
impl std::fmt::Debug for SourceText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SourceTextInner").finish()
    }
}
