//! The `molt` command line: build, run and compare Python programs.

use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

#[derive(Parser)]
#[command(
    name = "molt",
    version,
    about = "Molt: compile Python 3.12 programs to native executables"
)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Compile a program to a native executable, granted only the capabilities given.
    Build {
        /// The Python file to compile.
        input: PathBuf,
        /// The executable to write (default: the input's name without `.py`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Print the Molt IR instead of building.
        #[arg(long)]
        emit_ir: bool,
        /// Link a C extension: `NAME=path/to/archive.a` (repeatable).
        #[arg(long = "ext", value_name = "NAME=ARCHIVE")]
        ext: Vec<String>,
        /// Capabilities the executable is granted, comma-separated: fs.read, fs.write,
        /// env.read, net, process. Without this (or --trusted) the program may use only
        /// the standard streams and sys.argv; anything else raises PermissionError.
        #[arg(long, value_name = "LIST", conflicts_with = "trusted")]
        capabilities: Option<String>,
        /// Grant every capability.
        #[arg(long)]
        trusted: bool,
    },
    /// Compile (cached by source contents) and run a program, trusted: every capability
    /// is granted, for local development.
    ///
    /// Arguments after `--` are passed through. `--capabilities` narrows the program to
    /// a list, as `molt build --capabilities` would bake in.
    Run {
        /// The Python file to run.
        input: PathBuf,
        /// Run with only these capabilities (comma-separated: fs.read, fs.write,
        /// env.read, net, process) instead of trusted.
        #[arg(long, value_name = "LIST")]
        capabilities: Option<String>,
        /// Arguments for the program (after `--`).
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// C extensions: rebuild a package's extensions against libmolt.
    Ext {
        #[command(subcommand)]
        command: ExtCmd,
    },
    /// Run a program under CPython 3.12 and under Molt (trusted, as CPython is), and
    /// show any difference.
    ///
    /// `--capabilities` narrows the Molt build to a list.
    Compare {
        /// The Python file to compare.
        input: PathBuf,
        /// Run the Molt build with only these capabilities (comma-separated).
        #[arg(long, value_name = "LIST")]
        capabilities: Option<String>,
        /// Arguments for the program (after `--`).
        #[arg(last = true)]
        args: Vec<String>,
    },
}

#[derive(Subcommand)]
enum ExtCmd {
    /// Compile the C extensions of a package (a source folder or an sdist `.tar.gz`)
    /// against libmolt and install them, with the package's Python files, into Molt's
    /// site folder ($MOLT_SITE, default ~/.cache/molt/site), where `molt build` finds them.
    Build {
        /// The package: a folder with setup.py, or an sdist.
        input: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Cmd::Build {
            input,
            output,
            emit_ir,
            ext,
            capabilities,
            trusted,
        } => {
            if emit_ir {
                let src = match std::fs::read(&input) {
                    Ok(b) => match molt::decode_source(&input.display().to_string(), b) {
                        Ok(s) => s,
                        Err(e) => return fail(&e.render()),
                    },
                    Err(e) => {
                        return fail(&format!("error: cannot read {}: {}\n", input.display(), e))
                    }
                };
                return match molt::compile_to_ir(&input.display().to_string(), src) {
                    Ok(ir) => {
                        print!("{}", ir);
                        ExitCode::SUCCESS
                    }
                    Err(e) => fail(&e.render()),
                };
            }
            let output = output.unwrap_or_else(|| input.with_extension(""));
            let exts = match parse_exts(&ext) {
                Ok(e) => e,
                Err(m) => return fail(&m),
            };
            let caps = if trusted {
                molt::abi::CAPABILITIES_TRUSTED
            } else {
                match molt::parse_capabilities(capabilities.as_deref().unwrap_or("")) {
                    Ok(c) => c,
                    Err(m) => return fail(&format!("error: --capabilities: {}\n", m)),
                }
            };
            match guarded_build(&input, &output, &exts, caps) {
                Ok(()) => ExitCode::SUCCESS,
                Err(msg) => fail(&msg),
            }
        }
        Cmd::Run {
            input,
            capabilities,
            args,
        } => {
            let caps = match run_capabilities(capabilities.as_deref()) {
                Ok(c) => c,
                Err(m) => return fail(&m),
            };
            match cached_build(&input, caps) {
                Ok(exe) => run_exe(&exe, &args),
                Err(msg) => fail(&msg),
            }
        }
        Cmd::Compare {
            input,
            capabilities,
            args,
        } => {
            let caps = match run_capabilities(capabilities.as_deref()) {
                Ok(c) => c,
                Err(m) => return fail(&m),
            };
            compare(&input, &args, caps)
        }
        Cmd::Ext {
            command: ExtCmd::Build { input },
        } => {
            let mut progress = |m: &str| eprintln!("molt ext build: {}", m);
            match molt::ext::build(&input, &mut progress) {
                Ok(r) => {
                    eprintln!(
                        "molt ext build: done: {} extension(s) in {}",
                        r.extensions.len(),
                        molt::ext::site_dir().display()
                    );
                    ExitCode::SUCCESS
                }
                Err(m) => fail(&format!("error: {}\n", m)),
            }
        }
    }
}

fn fail(msg: &str) -> ExitCode {
    eprint!("{}", msg);
    ExitCode::from(1)
}

/// Parses `--ext NAME=ARCHIVE` arguments.
fn parse_exts(args: &[String]) -> Result<Vec<molt::Extension>, String> {
    args.iter()
        .map(|a| match a.split_once('=') {
            Some((n, p)) if !n.is_empty() && std::path::Path::new(p).is_file() => {
                Ok(molt::Extension {
                    name: n.to_string(),
                    archive: PathBuf::from(p),
                })
            }
            Some((_, p)) => Err(format!("error: --ext {}: no such archive '{}'\n", a, p)),
            None => Err(format!("error: --ext expects NAME=ARCHIVE, got '{}'\n", a)),
        })
        .collect()
}

/// The capability mask of `molt run` / `molt compare`: trusted unless a list is given.
fn run_capabilities(list: Option<&str>) -> Result<u64, String> {
    match list {
        None => Ok(molt::abi::CAPABILITIES_TRUSTED),
        Some(l) => {
            molt::parse_capabilities(l).map_err(|m| format!("error: --capabilities: {}\n", m))
        }
    }
}

/// Builds, turning an internal panic into a clear error instead of a crash.
fn guarded_build(
    input: &Path,
    output: &Path,
    exts: &[molt::Extension],
    caps: u64,
) -> Result<(), String> {
    let input = input.to_path_buf();
    let output = output.to_path_buf();
    let exts = exts.to_vec();
    std::panic::set_hook(Box::new(|_| {}));
    let r =
        std::panic::catch_unwind(move || molt::build_with_options(&input, &output, &exts, caps));
    let _ = std::panic::take_hook();
    match r {
        Ok(Ok(())) => Ok(()),
        Ok(Err(e)) => Err(e.render()),
        Err(p) => {
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Err(format!(
                "error: internal compiler error (a bug in Molt): {}\n",
                msg
            ))
        }
    }
}

fn cached_build(input: &Path, caps: u64) -> Result<PathBuf, String> {
    let src = std::fs::read(input)
        .map_err(|e| format!("error: cannot read {}: {}\n", input.display(), e))?;
    let abs = std::fs::canonicalize(input).unwrap_or_else(|_| input.to_path_buf());
    let mut key = src.clone();
    key.extend_from_slice(abs.display().to_string().as_bytes());
    key.extend_from_slice(env!("CARGO_PKG_VERSION").as_bytes());
    key.extend_from_slice(&caps.to_le_bytes());
    key.extend_from_slice(
        &std::fs::read(std::env::current_exe().unwrap_or_default())
            .map(|b| molt::link::fnv64(&b).to_le_bytes().to_vec())
            .unwrap_or_default(),
    );
    let dir = molt::link::cache_dir().join("bin");
    std::fs::create_dir_all(&dir)
        .map_err(|e| format!("error: cannot create {}: {}\n", dir.display(), e))?;
    let exe = dir.join(format!("{:016x}", molt::link::fnv64(&key)));
    if exe.exists() {
        return Ok(exe);
    }
    let tmp = dir.join(format!(
        "{:016x}.{}",
        molt::link::fnv64(&key),
        std::process::id()
    ));
    guarded_build(input, &tmp, &[], caps)?;
    std::fs::rename(&tmp, &exe).map_err(|e| format!("error: {}\n", e))?;
    Ok(exe)
}

fn exit_code_of(status: std::process::ExitStatus) -> u8 {
    if let Some(c) = status.code() {
        return c as u8;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(s) = status.signal() {
            return (128 + s) as u8;
        }
    }
    1
}

fn run_exe(exe: &Path, args: &[String]) -> ExitCode {
    match Command::new(exe).args(args).status() {
        Ok(st) => ExitCode::from(exit_code_of(st)),
        Err(e) => fail(&format!("error: cannot run {}: {}\n", exe.display(), e)),
    }
}

/// Finds CPython 3.12: `$MOLT_CPYTHON`, then `pyenv prefix 3.12.1`, then `python3.12`.
pub fn find_cpython() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("MOLT_CPYTHON") {
        return Some(PathBuf::from(p));
    }
    if let Ok(out) = Command::new("pyenv").args(["prefix", "3.12.1"]).output() {
        if out.status.success() {
            let p = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
                .join("bin")
                .join("python3");
            if p.exists() {
                return Some(p);
            }
        }
    }
    let out = Command::new("python3.12").arg("--version").output().ok()?;
    out.status.success().then(|| PathBuf::from("python3.12"))
}

fn compare(input: &Path, args: &[String], caps: u64) -> ExitCode {
    let Some(py) = find_cpython() else {
        return fail(
            "error: CPython 3.12 not found; set MOLT_CPYTHON to its python3, or install it with `pyenv install 3.12.1`\n",
        );
    };
    let exe = match cached_build(input, caps) {
        Ok(e) => e,
        Err(msg) => return fail(&msg),
    };
    let a = Command::new(&py).arg(input).args(args).output();
    let b = Command::new(&exe).args(args).output();
    let (a, b) = match (a, b) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return fail(&format!("error: {}\n", e)),
    };
    let mut same = true;
    for (what, x, y) in [
        ("stdout", &a.stdout, &b.stdout),
        ("stderr", &a.stderr, &b.stderr),
    ] {
        let (x, y) = (String::from_utf8_lossy(x), String::from_utf8_lossy(y));
        if x != y {
            same = false;
            println!("--- cpython {}\n+++ molt {}", what, what);
            for line in unified_diff(&x, &y) {
                println!("{}", line);
            }
        }
    }
    let (ca, cb) = (exit_code_of(a.status), exit_code_of(b.status));
    if ca != cb {
        same = false;
        println!("exit status: cpython {}, molt {}", ca, cb);
    }
    if same {
        println!("same output and exit status ({})", ca);
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// A minimal line diff (longest common subsequence), printed with `-`/`+`/` ` prefixes.
fn unified_diff(a: &str, b: &str) -> Vec<String> {
    let xs: Vec<&str> = a.lines().collect();
    let ys: Vec<&str> = b.lines().collect();
    let (n, m) = (xs.len(), ys.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if xs[i] == ys[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n || j < m {
        if i < n && j < m && xs[i] == ys[j] {
            out.push(format!(" {}", xs[i]));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push(format!("+{}", ys[j]));
            j += 1;
        } else {
            out.push(format!("-{}", xs[i]));
            i += 1;
        }
    }
    out
}
