//! Diagnostics: one type for every user-facing compile error, with a stable code, a
//! message, the primary location, and a rendering with a code frame (for people) or as
//! JSON (for tools). Internal compiler bugs are not diagnostics; they panic with a
//! message saying so and are caught at the driver.

use ruff_text_size::TextRange;
use std::fmt::Write;

/// A source file with a line index for offset → (line, column) conversion.
pub struct SourceFile {
    pub path: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(path: &str, text: String) -> SourceFile {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        SourceFile {
            path: path.to_string(),
            text,
            line_starts,
        }
    }

    /// 1-based line and 1-based column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let end = offset.min(self.text.len());
        let col = self
            .text
            .get(start..end)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        (line + 1, col + 1)
    }

    /// 1-based line and 0-based column in bytes (CPython's `col_offset`) of a byte
    /// offset.
    pub fn line_byte_col(&self, offset: usize) -> (usize, usize) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (
            line + 1,
            offset.min(self.text.len()) - self.line_starts[line],
        )
    }

    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_col(offset).0
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: usize) -> &str {
        let start = self
            .line_starts
            .get(line - 1)
            .copied()
            .unwrap_or(self.text.len());
        let end = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
}

/// A compile-time error in the user's program.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub code: &'static str,
    pub message: String,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_column: usize,
    pub source_line: String,
}

impl Diagnostic {
    /// An error at `range` of `file`.
    pub fn error(
        code: &'static str,
        message: &str,
        file: &SourceFile,
        range: TextRange,
    ) -> Diagnostic {
        let start = range.start().to_usize();
        let (line, column) = file.line_col(start);
        let (end_line, end_col) = file.line_col(range.end().to_usize());
        let source_line = file.line_text(line).to_string();
        let end_column = if end_line == line {
            end_col.max(column + 1)
        } else {
            source_line.chars().count() + 1
        };
        Diagnostic {
            code,
            message: message.to_string(),
            path: file.path.clone(),
            line,
            column,
            end_column,
            source_line,
        }
    }

    /// The human-readable form with a code frame.
    pub fn render(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "error[{}]: {}", self.code, self.message);
        let _ = writeln!(s, "  --> {}:{}:{}", self.path, self.line, self.column);
        let gutter = self.line.to_string().len();
        let _ = writeln!(s, "{} |", " ".repeat(gutter));
        let _ = writeln!(s, "{} | {}", self.line, self.source_line);
        let width = self.end_column.saturating_sub(self.column).max(1);
        let _ = writeln!(
            s,
            "{} | {}{}",
            " ".repeat(gutter),
            " ".repeat(self.column - 1),
            "^".repeat(width)
        );
        s
    }

    /// A JSON object for tools.
    pub fn to_json(&self) -> String {
        format!(
            "{{\"code\":\"{}\",\"message\":{},\"path\":{},\"line\":{},\"column\":{}}}",
            self.code,
            json_string(&self.message),
            json_string(&self.path),
            self.line,
            self.column
        )
    }
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
