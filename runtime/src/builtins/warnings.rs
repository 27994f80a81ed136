//! The `_warnings` module behind `stdlib/warnings.py`, as CPython's C accelerator of the
//! same name: the filter list, `defaultaction`, `onceregistry` and the filters version
//! (`_filters_mutated`), `warn` and `warn_explicit` (registry bookkeeping, filter
//! matching, the "error"/"ignore"/"always"/"default"/"module"/"once" actions), the
//! filter-list edits behind `filterwarnings`/`simplefilter`/`resetwarnings`, and the
//! display path (`_showwarnmsg`, `_showwarnmsg_impl`, `formatwarning`). As in CPython,
//! when the `warnings` module has been imported its attributes (`filters`,
//! `defaultaction`, `onceregistry`, `showwarning`, `_showwarnmsg_impl`, `formatwarning`,
//! `WarningMessage`) are read at each warning, so `catch_warnings` and programs can
//! rebind them; without it the module's own state is used and warnings are printed
//! directly. C extensions' `PyErr_WarnEx` comes here through [`warn_obj`].
//!
//! Locations: `warn(..., stacklevel=n)` attributes a warning to the n-th Python frame
//! of the frame stack (`frames.rs`): its file (the module's `__file__`), current line,
//! module name and `__warningregistry__`; past the bottom of the stack, as CPython, to
//! `sys:1` with `sys.__warningregistry__`. The source line is read from the file when
//! it is still there (CPython's `linecache`).
//! TODO(warnings): CPython skips its import machinery's frames; Molt's own Python
//! layers in stdlib/ count as frames where CPython's C modules do not.
//!
//! Filter patterns: `filterwarnings` compiles `message` (case-insensitive) and `module`
//! into [`Pattern`] objects whose `match` is anchored at the start, as `re.match`.
//! TODO(warnings): Molt has no `re` module; the patterns support literal characters,
//! `.`, escapes (`\d \w \s \D \W \S \Z \A \b \B` and escaped punctuation), classes `[...]`,
//! `^`, `$` and the quantifiers `* + ? {m,n}` (greedy or lazy). Groups and
//! alternation raise NotImplementedError when the filter is added.

use crate::abstract_ as ab;
use crate::errors::{into_raw, type_error, PyResult};
use crate::object::*;
use crate::objects::{
    bool as pybool, dict, exceptions as exc, int, list, none, str as pystr, tuple,
};
use crate::typeobject::*;
use std::ptr::null_mut;

static mut FILTERS: Obj = null_mut();
static mut ONCE_REGISTRY: Obj = null_mut();
static mut DEFAULT_ACTION: Obj = null_mut();
static mut FILTERS_VERSION: i64 = 1;

const ACTIONS: [&str; 6] = ["error", "ignore", "always", "default", "module", "once"];

static mut WARNINGS_METHODS: [PyMethodDef; 12] = [
    crate::method_def!("warn", w_warn),
    crate::method_def!("warn_explicit", w_warn_explicit),
    crate::method_def!("_filters_mutated", w_filters_mutated),
    crate::method_def!("filterwarnings", w_filterwarnings),
    crate::method_def!("simplefilter", w_simplefilter),
    crate::method_def!("resetwarnings", w_resetwarnings),
    crate::method_def!("formatwarning", w_formatwarning),
    crate::method_def!("_showwarnmsg", w_showwarnmsg),
    crate::method_def!("_showwarnmsg_impl", w_showwarnmsg_impl),
    crate::method_def!("_add_filter", w_add_filter),
    crate::method_def!("_pattern_match", w_pattern_match),
    METHOD_SENTINEL,
];

/// Creates the module (its state is created once and shared by every import).
///
/// # Safety
/// Runtime initialised.
pub unsafe fn init() -> PyResult<Ref> {
    ensure_state()?;
    let m = super::modules::module_from_defs("_warnings", &raw mut WARNINGS_METHODS as *mut _)?;
    let d = crate::objects::module::dict_of(m.as_ptr());
    dict::set_str(d, "filters", FILTERS)?;
    dict::set_str(d, "_onceregistry", ONCE_REGISTRY)?;
    dict::set_str(d, "_defaultaction", DEFAULT_ACTION)?;
    super::modules::add_type(d, "Pattern", &raw mut Pattern_Type)?;
    Ok(m)
}

/// The module state: CPython's default filters, an empty once-registry, "default".
unsafe fn ensure_state() -> PyResult<()> {
    if !FILTERS.is_null() {
        return Ok(());
    }
    let l = Ref::steal(list::with_capacity(5));
    let main = Ref::steal(pystr::from_str("__main__"));
    let rows: [(&str, *mut PyTypeObject, Obj); 5] = [
        ("default", exc::deprecation_warning(), main.as_ptr()),
        ("ignore", exc::deprecation_warning(), none::none()),
        ("ignore", exc::pending_deprecation_warning(), none::none()),
        ("ignore", exc::import_warning(), none::none()),
        ("ignore", exc::resource_warning(), none::none()),
    ];
    for (action, cat, module) in rows {
        let a = Ref::steal(pystr::from_str(action));
        let zero = Ref::steal(int::from_i64(0));
        let t = Ref::steal(tuple::from_slice(&[
            a.as_ptr(),
            none::none(),
            cat as Obj,
            module,
            zero.as_ptr(),
        ]));
        list::push(l.as_ptr(), t.into_raw());
    }
    FILTERS = l.into_raw();
    ONCE_REGISTRY = dict::new_raw();
    DEFAULT_ACTION = pystr::from_str("default");
    Ok(())
}

/// The imported `warnings` module, if any (new reference).
unsafe fn warnings_module() -> Option<Ref> {
    let sys_dict = crate::objects::module::dict_of(super::sys::module());
    let mods = dict::get_str(sys_dict, "modules")?;
    if !dict::is_dict(mods) {
        return None;
    }
    dict::get_str(mods, "warnings").map(|m| Ref::borrowed(m))
}

/// `warnings.<name>` when the module is imported and has it (CPython's
/// `get_warnings_attr`), else None.
unsafe fn warnings_attr(name: &str) -> PyResult<Option<Ref>> {
    match warnings_module() {
        Some(m) => ab::getattr_opt_str(m.as_ptr(), name),
        None => Ok(None),
    }
}

/// The filter list in force: `warnings.filters`, else the module's own.
unsafe fn current_filters() -> PyResult<Ref> {
    ensure_state()?;
    match warnings_attr("filters")? {
        Some(f) => {
            if !list::is_list(f.as_ptr()) {
                return Err(crate::errors::value_error(
                    "warnings.filters must be a list",
                ));
            }
            Ok(f)
        }
        None => Ok(Ref::borrowed(FILTERS)),
    }
}

unsafe fn current_onceregistry() -> PyResult<Ref> {
    ensure_state()?;
    match warnings_attr("onceregistry")? {
        Some(r) => {
            if !dict::is_dict(r.as_ptr()) {
                return Err(type_error(&format!(
                    "warnings.onceregistry must be a dict, not '{}'",
                    obj_type_name(r.as_ptr())
                )));
            }
            Ok(r)
        }
        None => Ok(Ref::borrowed(ONCE_REGISTRY)),
    }
}

unsafe fn current_default_action() -> PyResult<Ref> {
    ensure_state()?;
    match warnings_attr("defaultaction")? {
        Some(a) => {
            if !pystr::is_str(a.as_ptr()) {
                return Err(type_error(&format!(
                    "warnings.defaultaction must be a string, not '{}'",
                    obj_type_name(a.as_ptr())
                )));
            }
            Ok(a)
        }
        None => Ok(Ref::borrowed(DEFAULT_ACTION)),
    }
}

unsafe fn filters_mutated() {
    FILTERS_VERSION += 1;
}

unsafe fn is_warning_class(o: Obj) -> bool {
    (*type_of(o)).tp_flags & TPFLAGS_TYPE_SUBCLASS != 0
        && is_subtype(o as *mut PyTypeObject, exc::warning())
}

/// CPython's `get_category`: the category of `message` (a Warning instance decides),
/// UserWarning when None, else checked to be a Warning subclass.
unsafe fn resolve_category(message: Obj, category: Obj) -> PyResult<Obj> {
    if is_subtype(type_of(message), exc::warning()) {
        return Ok(type_of(message) as Obj);
    }
    if category.is_null() || category == none::none() {
        return Ok(exc::user_warning() as Obj);
    }
    if !is_warning_class(category) {
        return Err(type_error(&format!(
            "category must be a Warning subclass, not '{}'",
            obj_type_name(category)
        )));
    }
    Ok(category)
}

/// Issues a warning the way `warnings.warn(message, category, stacklevel)` does (with
/// Molt's frame-less location); used by the C-API's `PyErr_WarnEx`. `category` null
/// means UserWarning.
///
/// # Safety
/// `message` live; `category` null or live.
pub unsafe fn warn_obj(category: Obj, message: Obj, stacklevel: isize) -> PyResult<()> {
    let category = resolve_category(message, category)?;
    warn_at(message, category, stacklevel, null_mut())
}

/// [`warn_obj`] about an object (`source`, printed with tracemalloc's note as CPython
/// does); `category` is a warning class.
///
/// # Safety
/// The arguments are live.
pub unsafe fn warn_source(
    category: *mut PyTypeObject,
    message: Obj,
    stacklevel: isize,
    source: Obj,
) -> PyResult<()> {
    warn_at(message, category as Obj, stacklevel, source)
}

/// `warn` attributed to the `stacklevel`-th Python frame (CPython's `setup_context`),
/// or to `sys:1` with `sys.__warningregistry__` past the bottom of the stack.
unsafe fn warn_at(message: Obj, category: Obj, stacklevel: isize, source: Obj) -> PyResult<()> {
    let level = (stacklevel.max(1) - 1) as usize;
    let frame = crate::frames::python_frame(level);
    let (globals, filename, lineno) = match frame {
        Some(f) => {
            let file = crate::frames::file_of(f.globals)
                .map(|p| Ref::borrowed(p))
                .unwrap_or_else(|| Ref::steal(pystr::from_str("<string>")));
            (f.globals, file, f.line as i64)
        }
        None => (
            crate::objects::module::dict_of(super::sys::module()),
            Ref::steal(pystr::from_str("sys")),
            1,
        ),
    };
    let registry = match dict::get_str(globals, "__warningregistry__") {
        Some(r) => Ref::borrowed(r),
        None => {
            let r = Ref::steal(dict::new_raw());
            dict::set_str(globals, "__warningregistry__", r.as_ptr())?;
            r
        }
    };
    let module = match dict::get_str(globals, "__name__") {
        Some(m) => Ref::borrowed(m),
        None => Ref::steal(pystr::from_str("<string>")),
    };
    warn_explicit_impl(
        category,
        message,
        filename.as_ptr(),
        lineno,
        module.as_ptr(),
        registry.as_ptr(),
        source,
    )
}

/// Whether `registry[key]` is set, after clearing a registry stamped with an older
/// filters version; with `set`, marks it.
unsafe fn already_warned(registry: Obj, key: Obj, set: bool) -> PyResult<bool> {
    let version = dict::get_str(registry, "version");
    let current = version.and_then(|v| int::as_i64(v)) == Some(FILTERS_VERSION)
        && version.map(|v| int::is_int(v)).unwrap_or(false);
    if !current {
        dict::clear(registry);
        let v = Ref::steal(int::from_i64(FILTERS_VERSION));
        dict::set_str(registry, "version", v.as_ptr())?;
    } else if let Some(v) = dict::get_item(registry, key)? {
        if ab::is_true(v)? {
            return Ok(true);
        }
    }
    if set {
        dict::set_item(registry, key, pybool::true_obj())?;
    }
    Ok(false)
}

/// CPython's `check_matched`: None matches everything, a plain str must be equal, any
/// other object is asked `obj.match(text)`.
unsafe fn check_matched(pattern: Obj, text: Obj) -> PyResult<bool> {
    if pattern == none::none() {
        return Ok(true);
    }
    if type_of(pattern) == &raw mut pystr::PyUnicode_Type {
        return ab::eq_bool(pattern, text);
    }
    let name = Ref::steal(pystr::from_str("match"));
    let r = crate::call::call_method(pattern, name.as_ptr(), &text, 1, null_mut())?;
    ab::is_true(r.as_ptr())
}

/// The first filter matching the warning: (action, the filter item or None).
unsafe fn get_filter(category: Obj, text: Obj, lineno: i64, module: Obj) -> PyResult<(Ref, Ref)> {
    let filters = current_filters()?;
    let items: Vec<Ref> = list::items(filters.as_ptr())
        .iter()
        .map(|&o| Ref::borrowed(o))
        .collect();
    for (i, item) in items.iter().enumerate() {
        let it = item.as_ptr();
        if !tuple::is_tuple(it) || tuple::len(it) != 5 {
            return Err(crate::errors::value_error(&format!(
                "warnings.filters item {} isn't a 5-tuple",
                i
            )));
        }
        let f = tuple::items(it);
        let (action, msg, cat, module_pat, ln) = (f[0], f[1], f[2], f[3], f[4]);
        if !pystr::is_str(action) {
            return Err(type_error(&format!(
                "action must be a string, not '{}'",
                obj_type_name(action)
            )));
        }
        if !check_matched(msg, text)? {
            continue;
        }
        if !check_matched(module_pat, module)? {
            continue;
        }
        if !ab::issubclass(category, cat)? {
            continue;
        }
        let ln = ab::as_ssize(ln)? as i64;
        if ln == 0 || ln == lineno {
            return Ok((Ref::borrowed(action), Ref::borrowed(it)));
        }
    }
    Ok((current_default_action()?, none::none_ref()))
}

/// CPython's `warn_explicit` (the registry, the filters, the action, the display).
unsafe fn warn_explicit_impl(
    category: Obj,
    message: Obj,
    filename: Obj,
    lineno: i64,
    module: Obj,
    registry: Obj,
    source: Obj,
) -> PyResult<()> {
    let registry = if registry.is_null() || registry == none::none() {
        None
    } else if dict::is_dict(registry) {
        Some(registry)
    } else {
        return Err(type_error("'registry' must be a dict or None"));
    };
    let module = if module.is_null() || module == none::none() {
        // The module name from the file name: "spam.py" -> "spam".
        let f = pystr::as_str(filename);
        let name = if f.is_empty() {
            "<unknown>".to_string()
        } else if f.len() >= 3 && f[f.len() - 3..].eq_ignore_ascii_case(".py") {
            f[..f.len() - 3].to_string()
        } else {
            f.to_string()
        };
        pystr::from_string(name)
    } else {
        Ref::borrowed(module)
    };
    let (text, category, message) = if is_subtype(type_of(message), exc::warning()) {
        (
            ab::str(message)?,
            Ref::borrowed(type_of(message) as Obj),
            Ref::borrowed(message),
        )
    } else {
        let m = crate::call::call1(category, message)?;
        (Ref::borrowed(message), Ref::borrowed(category), m)
    };
    let lineno_obj = Ref::steal(int::from_i64(lineno));
    let key = Ref::steal(tuple::from_slice(&[
        text.as_ptr(),
        category.as_ptr(),
        lineno_obj.as_ptr(),
    ]));
    if let Some(r) = registry {
        if already_warned(r, key.as_ptr(), false)? {
            return Ok(());
        }
    }
    let (action, item) = get_filter(category.as_ptr(), text.as_ptr(), lineno, module.as_ptr())?;
    let action_s = pystr::as_str(action.as_ptr()).to_string();
    if action_s == "error" {
        return Err(crate::errors::set_raised(message));
    }
    if action_s == "ignore" {
        return Ok(());
    }
    if action_s != "always" {
        if let Some(r) = registry {
            dict::set_item(r, key.as_ptr(), pybool::true_obj())?;
        }
        let mut seen = false;
        match action_s.as_str() {
            "once" => {
                let reg = match registry {
                    Some(r) => Ref::borrowed(r),
                    None => current_onceregistry()?,
                };
                let alt = Ref::steal(tuple::from_slice(&[text.as_ptr(), category.as_ptr()]));
                seen = already_warned(reg.as_ptr(), alt.as_ptr(), true)?;
            }
            "module" => {
                if let Some(r) = registry {
                    let alt = Ref::steal(tuple::from_slice(&[text.as_ptr(), category.as_ptr()]));
                    seen = already_warned(r, alt.as_ptr(), true)?;
                }
            }
            "default" => {}
            _ => {
                let a = ab::repr(action.as_ptr())?;
                let i = ab::repr(item.as_ptr())?;
                return Err(crate::errors::raise(
                    exc::runtime_error(),
                    &format!(
                        "Unrecognized action ({}) in warnings.filters:\n {}",
                        pystr::as_str(a.as_ptr()),
                        pystr::as_str(i.as_ptr())
                    ),
                ));
            }
        }
        if seen {
            return Ok(());
        }
    }
    show_warning(
        message.as_ptr(),
        category.as_ptr(),
        text.as_ptr(),
        filename,
        lineno_obj.as_ptr(),
        source,
    )
}

/// CPython's `call_show_warning`: through `warnings._showwarnmsg(WarningMessage(...))`
/// when the module is imported, else printed directly to `sys.stderr`.
unsafe fn show_warning(
    message: Obj,
    category: Obj,
    text: Obj,
    filename: Obj,
    lineno: Obj,
    source: Obj,
) -> PyResult<()> {
    let Some(show) = warnings_attr("_showwarnmsg")? else {
        let mut s = format_text(text, category, filename, lineno, none::none())?;
        s.push_str(&source_note(category, source)?);
        return write_stderr(&s);
    };
    if !crate::call::is_callable(show.as_ptr()) {
        return Err(type_error(
            "warnings._showwarnmsg() must be set to a callable",
        ));
    }
    let Some(cls) = warnings_attr("WarningMessage")? else {
        return Err(crate::errors::raise(
            exc::runtime_error(),
            "unable to get warnings.WarningMessage",
        ));
    };
    let src = if source.is_null() {
        none::none()
    } else {
        source
    };
    let msg = crate::call::call_vec(
        cls.as_ptr(),
        &[
            message,
            category,
            filename,
            lineno,
            none::none(),
            none::none(),
            src,
        ],
    )?;
    crate::call::call1(show.as_ptr(), msg.as_ptr())?;
    Ok(())
}

/// Writes `s` to `sys.stderr` (nothing when it is None).
unsafe fn write_stderr(s: &str) -> PyResult<()> {
    let Some(err) = ab::getattr_opt_str(super::sys::module(), "stderr")? else {
        return Ok(());
    };
    if err.as_ptr() == none::none() {
        return Ok(());
    }
    write_to(err.as_ptr(), s)
}

unsafe fn write_to(file: Obj, s: &str) -> PyResult<()> {
    let text = pystr::from_string(s.to_string());
    let name = Ref::steal(pystr::from_str("write"));
    crate::call::call_method(file, name.as_ptr(), &text.as_ptr(), 1, null_mut())?;
    Ok(())
}

/// What CPython's default formatting adds for a warning about an object (`source`):
/// the allocation traceback tracemalloc would give, or, as tracemalloc is not tracing
/// (Molt has none), the suggestion to enable it.
unsafe fn source_note(category: Obj, source: Obj) -> PyResult<String> {
    if source.is_null() || source == none::none() {
        return Ok(String::new());
    }
    let cat = ab::getattr_str(category, "__name__")?;
    let cat = ab::str(cat.as_ptr())?;
    Ok(format!(
        "{}: Enable tracemalloc to get the object allocation traceback\n",
        pystr::as_str(cat.as_ptr())
    ))
}

/// `filename:lineno: Category: message\n` plus `  line\n` when a line is given.
unsafe fn format_text(
    message: Obj,
    category: Obj,
    filename: Obj,
    lineno: Obj,
    line: Obj,
) -> PyResult<String> {
    let msg = ab::str(message)?;
    let file = ab::str(filename)?;
    let ln = ab::str(lineno)?;
    let cat = ab::getattr_str(category, "__name__")?;
    let cat = ab::str(cat.as_ptr())?;
    let mut s = format!(
        "{}:{}: {}: {}\n",
        pystr::as_str(file.as_ptr()),
        pystr::as_str(ln.as_ptr()),
        pystr::as_str(cat.as_ptr()),
        pystr::as_str(msg.as_ptr())
    );
    let text = if line.is_null() || line == none::none() {
        // CPython's formatwarning reads the line through linecache.
        let n = crate::objects::int::as_i64(lineno).unwrap_or(0);
        crate::objects::exceptions::raw_source_line(pystr::as_str(file.as_ptr()), n)
    } else {
        Some(pystr::as_str(ab::str(line)?.as_ptr()).to_string())
    };
    if let Some(l) = text.filter(|l| !l.trim().is_empty()) {
        s.push_str("  ");
        s.push_str(l.trim_matches(|c: char| c.is_whitespace()));
        s.push('\n');
    }
    Ok(s)
}

/// `warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=())`.
unsafe extern "C" fn w_warn(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [message, category, stacklevel, source, skip] = crate::args::parse::<1, 5>(
            "warn",
            args,
            nargs,
            kw,
            &[
                "message",
                "category",
                "stacklevel",
                "source",
                "$skip_file_prefixes",
            ],
        )?;
        let level = if stacklevel.is_null() {
            1
        } else {
            ab::as_ssize(stacklevel)?
        };
        if !skip.is_null() && !tuple::is_tuple(skip) {
            return Err(type_error(&format!(
                "warn() argument 'skip_file_prefixes' must be tuple, not {}",
                obj_type_name(skip)
            )));
        }
        let category = resolve_category(message, category)?;
        let source = if source.is_null() || source == none::none() {
            null_mut()
        } else {
            source
        };
        warn_at(message, category, level, source)?;
        Ok(none::none_ref())
    })())
}

/// `warn_explicit(message, category, filename, lineno, module=None, registry=None,
/// module_globals=None, source=None)`.
unsafe extern "C" fn w_warn_explicit(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [message, category, filename, lineno, module, registry, _globals, source] =
            crate::args::parse::<4, 8>(
                "warn_explicit",
                args,
                nargs,
                kw,
                &[
                    "message",
                    "category",
                    "filename",
                    "lineno",
                    "module",
                    "registry",
                    "module_globals",
                    "source",
                ],
            )?;
        if !pystr::is_str(filename) {
            return Err(type_error(&format!(
                "warn_explicit() argument 3 must be str, not {}",
                obj_type_name(filename)
            )));
        }
        let lineno = ab::as_ssize(lineno)? as i64;
        // As CPython: an explicit `module=None` drops the warning, and the category is
        // not checked here (`category(message)` builds the warning).
        if module == none::none() {
            return Ok(none::none_ref());
        }
        let category = if is_subtype(type_of(message), exc::warning()) {
            type_of(message) as Obj
        } else {
            category
        };
        let source = if source.is_null() || source == none::none() {
            null_mut()
        } else {
            source
        };
        warn_explicit_impl(
            category, message, filename, lineno, module, registry, source,
        )?;
        Ok(none::none_ref())
    })())
}

/// `_filters_mutated()`: invalidates every warning registry.
unsafe extern "C" fn w_filters_mutated(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        crate::args::parse_pos::<0, 0>("_filters_mutated", args, nargs, kw)?;
        filters_mutated();
        Ok(none::none_ref())
    })())
}

fn assertion(msg: &str) -> crate::errors::Raised {
    // SAFETY: raising sets the thread state's exception.
    unsafe { crate::errors::raise(exc::assertion_error(), msg) }
}

unsafe fn check_action(action: Obj) -> PyResult<()> {
    let ok = pystr::is_str(action) && ACTIONS.contains(&pystr::as_str(action));
    if !ok {
        let r = ab::repr(action)?;
        return Err(assertion(&format!(
            "invalid action: {}",
            pystr::as_str(r.as_ptr())
        )));
    }
    Ok(())
}

unsafe fn check_lineno(lineno: Obj) -> PyResult<()> {
    if int::is_int(lineno) {
        let zero = Ref::steal(int::from_i64(0));
        if int::compare(lineno, zero.as_ptr()) != std::cmp::Ordering::Less {
            return Ok(());
        }
    }
    Err(assertion("lineno must be an int >= 0"))
}

/// Inserts (or appends) a filter into the filter list in force, removing an equal one
/// first, and invalidates the registries.
unsafe fn add_filter(item: Obj, append: bool) -> PyResult<()> {
    let filters = current_filters()?;
    let f = filters.as_ptr();
    if !append {
        let name = Ref::steal(pystr::from_str("remove"));
        match crate::call::call_method(f, name.as_ptr(), &item, 1, null_mut()) {
            Ok(_) => {}
            Err(e) => {
                if crate::errors::matches(exc::value_error()) {
                    crate::errors::clear();
                } else {
                    return Err(e);
                }
            }
        }
        list::insert(f, 0, item);
    } else if !ab::contains(f, item)? {
        list::push(f, new_ref(item));
    }
    filters_mutated();
    Ok(())
}

unsafe fn make_filter(action: Obj, message: Obj, category: Obj, module: Obj, lineno: Obj) -> Ref {
    let zero = Ref::steal(int::from_i64(0));
    let ln = if lineno.is_null() {
        zero.as_ptr()
    } else {
        lineno
    };
    Ref::steal(tuple::from_slice(&[action, message, category, module, ln]))
}

/// `filterwarnings(action, message="", category=Warning, module="", lineno=0,
/// append=False)`.
unsafe extern "C" fn w_filterwarnings(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [action, message, category, module, lineno, append] = crate::args::parse::<1, 6>(
            "filterwarnings",
            args,
            nargs,
            kw,
            &[
                "action", "message", "category", "module", "lineno", "append",
            ],
        )?;
        check_action(action)?;
        let empty = Ref::steal(pystr::from_str(""));
        let message = if message.is_null() {
            empty.as_ptr()
        } else {
            message
        };
        let module = if module.is_null() {
            empty.as_ptr()
        } else {
            module
        };
        let category = if category.is_null() {
            exc::warning() as Obj
        } else {
            category
        };
        if !pystr::is_str(message) {
            return Err(assertion("message must be a string"));
        }
        if (*type_of(category)).tp_flags & TPFLAGS_TYPE_SUBCLASS == 0 {
            return Err(assertion("category must be a class"));
        }
        if !is_subtype(category as *mut PyTypeObject, exc::warning()) {
            return Err(assertion("category must be a Warning subclass"));
        }
        if !pystr::is_str(module) {
            return Err(assertion("module must be a string"));
        }
        if !lineno.is_null() {
            check_lineno(lineno)?;
        }
        let append = !append.is_null() && ab::is_true(append)?;
        let msg_pat = if pystr::char_len(message) > 0 {
            new_pattern(message, IGNORECASE)?
        } else {
            none::none_ref()
        };
        let mod_pat = if pystr::char_len(module) > 0 {
            new_pattern(module, 0)?
        } else {
            none::none_ref()
        };
        let item = make_filter(action, msg_pat.as_ptr(), category, mod_pat.as_ptr(), lineno);
        add_filter(item.as_ptr(), append)?;
        Ok(none::none_ref())
    })())
}

/// `simplefilter(action, category=Warning, lineno=0, append=False)`.
unsafe extern "C" fn w_simplefilter(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [action, category, lineno, append] = crate::args::parse::<1, 4>(
            "simplefilter",
            args,
            nargs,
            kw,
            &["action", "category", "lineno", "append"],
        )?;
        check_action(action)?;
        if !lineno.is_null() {
            check_lineno(lineno)?;
        }
        let category = if category.is_null() {
            exc::warning() as Obj
        } else {
            category
        };
        let append = !append.is_null() && ab::is_true(append)?;
        let item = make_filter(action, none::none(), category, none::none(), lineno);
        add_filter(item.as_ptr(), append)?;
        Ok(none::none_ref())
    })())
}

/// `_add_filter(action, message, category, module, lineno, *, append)`: adds a filter
/// tuple as given (no checks), as warnings.py's helper of the same name.
unsafe extern "C" fn w_add_filter(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [a, m, c, md, l, append] = crate::args::parse::<6, 6>(
            "_add_filter",
            args,
            nargs,
            kw,
            &[
                "action", "message", "category", "module", "lineno", "$append",
            ],
        )?;
        let item = Ref::steal(tuple::from_slice(&[a, m, c, md, l]));
        add_filter(item.as_ptr(), ab::is_true(append)?)?;
        Ok(none::none_ref())
    })())
}

/// `resetwarnings()`: empties the filter list in force.
unsafe extern "C" fn w_resetwarnings(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        crate::args::parse_pos::<0, 0>("resetwarnings", args, nargs, kw)?;
        let filters = current_filters()?;
        list::replace_all(filters.as_ptr(), Vec::new());
        filters_mutated();
        Ok(none::none_ref())
    })())
}

/// `formatwarning(message, category, filename, lineno, line=None)`.
unsafe extern "C" fn w_formatwarning(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [message, category, filename, lineno, line] = crate::args::parse::<4, 5>(
            "formatwarning",
            args,
            nargs,
            kw,
            &["message", "category", "filename", "lineno", "line"],
        )?;
        let line = if line.is_null() { none::none() } else { line };
        Ok(pystr::from_string(format_text(
            message, category, filename, lineno, line,
        )?))
    })())
}

unsafe fn attr(o: Obj, name: &str) -> PyResult<Ref> {
    ab::getattr_str(o, name)
}

/// `_showwarnmsg(msg)`: calls a replaced `warnings.showwarning` with the message's
/// fields, else `warnings._showwarnmsg_impl(msg)` (both looked up at each call).
unsafe extern "C" fn w_showwarnmsg(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [msg] = crate::args::parse_pos::<1, 1>("_showwarnmsg", args, nargs, kw)?;
        if let Some(m) = warnings_module() {
            let sw = ab::getattr_opt_str(m.as_ptr(), "showwarning")?;
            let orig = ab::getattr_opt_str(m.as_ptr(), "_showwarning_orig")?;
            if let (Some(sw), Some(orig)) = (sw, orig) {
                if sw.as_ptr() != orig.as_ptr() {
                    if !crate::call::is_callable(sw.as_ptr()) {
                        return Err(type_error(
                            "warnings.showwarning() must be set to a function or method",
                        ));
                    }
                    let fields = [
                        attr(msg, "message")?,
                        attr(msg, "category")?,
                        attr(msg, "filename")?,
                        attr(msg, "lineno")?,
                        attr(msg, "file")?,
                        attr(msg, "line")?,
                    ];
                    let ptrs: Vec<Obj> = fields.iter().map(|r| r.as_ptr()).collect();
                    crate::call::call_vec(sw.as_ptr(), &ptrs)?;
                    return Ok(none::none_ref());
                }
            }
            if let Some(imp) = ab::getattr_opt_str(m.as_ptr(), "_showwarnmsg_impl")? {
                crate::call::call1(imp.as_ptr(), msg)?;
                return Ok(none::none_ref());
            }
        }
        show_msg_impl(msg)?;
        Ok(none::none_ref())
    })())
}

/// The default display of a WarningMessage: formatted (by a replaced
/// `warnings.formatwarning` if any) and written to `msg.file` or `sys.stderr`; an
/// OSError while writing is ignored, as in CPython.
unsafe fn show_msg_impl(msg: Obj) -> PyResult<()> {
    let mut file = attr(msg, "file")?;
    if file.as_ptr() == none::none() {
        match ab::getattr_opt_str(super::sys::module(), "stderr")? {
            Some(e) if e.as_ptr() != none::none() => file = e,
            _ => return Ok(()),
        }
    }
    let (message, category, filename, lineno, line) = (
        attr(msg, "message")?,
        attr(msg, "category")?,
        attr(msg, "filename")?,
        attr(msg, "lineno")?,
        attr(msg, "line")?,
    );
    let mut custom = None;
    if let Some(m) = warnings_module() {
        let fw = ab::getattr_opt_str(m.as_ptr(), "formatwarning")?;
        let orig = ab::getattr_opt_str(m.as_ptr(), "_formatwarning_orig")?;
        if let (Some(fw), Some(orig)) = (fw, orig) {
            if fw.as_ptr() != orig.as_ptr() {
                custom = Some(crate::call::call_vec(
                    fw.as_ptr(),
                    &[
                        message.as_ptr(),
                        category.as_ptr(),
                        filename.as_ptr(),
                        lineno.as_ptr(),
                        line.as_ptr(),
                    ],
                )?);
            }
        }
    }
    let text = match custom {
        Some(t) => t,
        None => {
            let mut s = format_text(
                message.as_ptr(),
                category.as_ptr(),
                filename.as_ptr(),
                lineno.as_ptr(),
                line.as_ptr(),
            )?;
            let source = ab::getattr_opt_str(msg, "source")?;
            if let Some(src) = source {
                s.push_str(&source_note(category.as_ptr(), src.as_ptr())?);
            }
            pystr::from_string(s)
        }
    };
    let name = Ref::steal(pystr::from_str("write"));
    match crate::call::call_method(file.as_ptr(), name.as_ptr(), &text.as_ptr(), 1, null_mut()) {
        Ok(_) => Ok(()),
        Err(e) => {
            if crate::errors::matches(exc::os_error()) {
                crate::errors::clear();
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

/// `_showwarnmsg_impl(msg)`: the default display (see [`show_msg_impl`]).
unsafe extern "C" fn w_showwarnmsg_impl(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [msg] = crate::args::parse_pos::<1, 1>("_showwarnmsg_impl", args, nargs, kw)?;
        show_msg_impl(msg)?;
        Ok(none::none_ref())
    })())
}

// ---------------------------------------------------------------------------------
// Filter patterns

/// `re.IGNORECASE`.
const IGNORECASE: i64 = 2;

/// A compiled filter pattern: the source text and its flags; `match(text)` is true
/// when the pattern matches at the start of `text`.
#[repr(C)]
pub struct PatternObject {
    pub ob_base: PyObject,
    pub pattern: Obj,
    pub flags: i64,
}

#[allow(non_upper_case_globals)]
pub static mut Pattern_Type: PyTypeObject = PyTypeObject {
    tp_dealloc: Some(pattern_dealloc),
    tp_repr: Some(pattern_repr),
    tp_hash: Some(pattern_hash),
    tp_richcompare: Some(pattern_richcompare),
    tp_getattro: Some(generic_getattro_slot),
    tp_methods: &raw mut PATTERN_METHODS as *mut PyMethodDef,
    tp_getset: &raw mut PATTERN_GETSET as *mut PyGetSetDef,
    ..PyTypeObject::new_static(c"re.Pattern", std::mem::size_of::<PatternObject>(), 0)
};

static mut PATTERN_METHODS: [PyMethodDef; 2] = [
    crate::method_def!("match", pattern_match_m),
    METHOD_SENTINEL,
];

static mut PATTERN_GETSET: [PyGetSetDef; 3] = [
    getset_def(c"pattern", Some(pattern_get_pattern), None),
    getset_def(c"flags", Some(pattern_get_flags), None),
    getset_def_end(),
];

unsafe fn new_pattern(source: Obj, flags: i64) -> PyResult<Ref> {
    compile(pystr::as_str(source)).map_err(|e| {
        crate::errors::raise(
            exc::not_implemented_error(),
            &format!(
                "Molt's warnings filters support a subset of regular expressions: {} in {}",
                e,
                pystr::repr_of(pystr::as_str(source))
            ),
        )
    })?;
    let o = alloc_object(&raw mut Pattern_Type, std::mem::size_of::<PatternObject>());
    (*(o as *mut PatternObject)).pattern = new_ref(source);
    (*(o as *mut PatternObject)).flags = flags;
    Ok(Ref::steal(o))
}

unsafe extern "C" fn pattern_dealloc(o: Obj) {
    xdecref((*(o as *mut PatternObject)).pattern);
    free_object(o);
}

unsafe extern "C" fn pattern_repr(o: Obj) -> Obj {
    let p = &*(o as *mut PatternObject);
    let src = pystr::repr_of(pystr::as_str(p.pattern));
    let s = if p.flags & IGNORECASE != 0 {
        format!("re.compile({}, re.IGNORECASE)", src)
    } else {
        format!("re.compile({})", src)
    };
    pystr::from_str(&s)
}

unsafe extern "C" fn pattern_hash(o: Obj) -> isize {
    let p = &*(o as *mut PatternObject);
    let h = pystr::hash(p.pattern) ^ (p.flags as isize).wrapping_mul(1000003);
    if h == -1 {
        -2
    } else {
        h
    }
}

unsafe extern "C" fn pattern_richcompare(a: Obj, b: Obj, op: i32) -> Obj {
    if type_of(b) != &raw mut Pattern_Type || (op != 2 && op != 3) {
        return new_ref(none::not_implemented());
    }
    let (pa, pb) = (&*(a as *mut PatternObject), &*(b as *mut PatternObject));
    let eq = pa.flags == pb.flags && pystr::eq(pa.pattern, pb.pattern);
    pybool::from_bool(eq == (op == 2)).into_raw()
}

unsafe extern "C" fn pattern_get_pattern(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    new_ref((*(o as *mut PatternObject)).pattern)
}

unsafe extern "C" fn pattern_get_flags(o: Obj, _: *mut std::ffi::c_void) -> Obj {
    // Python's `re` reports str patterns with re.UNICODE (32) set.
    int::from_i64((*(o as *mut PatternObject)).flags | 32)
}

unsafe fn pattern_matches(source: &str, flags: i64, text: Obj) -> PyResult<bool> {
    if !pystr::is_str(text) {
        return Err(type_error(&format!(
            "expected string or bytes-like object, got '{}'",
            obj_type_name(text)
        )));
    }
    let pieces = compile(source).map_err(|e| crate::errors::value_error(&e))?;
    let t: Vec<char> = pystr::as_str(text).chars().collect();
    Ok(match_at(&pieces, 0, &t, 0, flags & IGNORECASE != 0))
}

unsafe extern "C" fn pattern_match_m(o: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [text] = crate::args::parse_pos::<1, 1>("match", args, nargs, kw)?;
        let p = &*(o as *mut PatternObject);
        if pattern_matches(pystr::as_str(p.pattern), p.flags, text)? {
            Ok(pybool::from_bool(true))
        } else {
            Ok(none::none_ref())
        }
    })())
}

/// `_pattern_match(pattern, flags, text)`: the matcher on its own (tests and helpers).
unsafe extern "C" fn w_pattern_match(_m: Obj, args: *const Obj, nargs: isize, kw: Obj) -> Obj {
    into_raw((|| -> PyResult<Ref> {
        let [p, f, t] = crate::args::parse_pos::<3, 3>("_pattern_match", args, nargs, kw)?;
        if !pystr::is_str(p) {
            return Err(type_error("pattern must be a string"));
        }
        let flags = ab::as_ssize(f)? as i64;
        Ok(pybool::from_bool(pattern_matches(
            pystr::as_str(p),
            flags,
            t,
        )?))
    })())
}

#[derive(Clone, Debug)]
enum Atom {
    Char(char),
    Any,
    Class(Vec<ClassItem>, bool),
    /// `$`: the end, or before a final newline.
    Dollar,
    /// `\Z`: the very end.
    End,
    /// `\A`: the very start.
    Start,
    /// `\b` (true) or `\B` (false).
    Boundary(bool),
}

#[derive(Clone, Debug)]
enum ClassItem {
    Range(char, char),
    Digit(bool),
    Word(bool),
    Space(bool),
}

#[derive(Clone, Debug)]
struct Piece {
    atom: Atom,
    min: usize,
    max: usize,
    greedy: bool,
}

fn class_escape(c: char) -> Option<ClassItem> {
    match c {
        'd' => Some(ClassItem::Digit(true)),
        'D' => Some(ClassItem::Digit(false)),
        'w' => Some(ClassItem::Word(true)),
        'W' => Some(ClassItem::Word(false)),
        's' => Some(ClassItem::Space(true)),
        'S' => Some(ClassItem::Space(false)),
        _ => None,
    }
}

fn simple_escape(c: char) -> char {
    match c {
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        'f' => '\x0c',
        'v' => '\x0b',
        other => other,
    }
}

/// Compiles the supported subset of Python's regular expressions.
fn compile(src: &str) -> Result<Vec<Piece>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut out: Vec<Piece> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        let atom = match c {
            '^' if out.is_empty() => continue,
            '$' => Atom::Dollar,
            '.' => Atom::Any,
            '(' | ')' | '|' => return Err(format!("'{}' is not supported", c)),
            '*' | '+' | '?' | '{' => {
                let Some(last) = out.last_mut() else {
                    return Err("nothing to repeat".to_string());
                };
                let (min, max) = match c {
                    '*' => (0, usize::MAX),
                    '+' => (1, usize::MAX),
                    '?' => (0, 1),
                    _ => {
                        let close = chars[i..]
                            .iter()
                            .position(|&x| x == '}')
                            .ok_or_else(|| "'{' is not supported".to_string())?;
                        let body: String = chars[i..i + close].iter().collect();
                        i += close + 1;
                        let (a, b) = match body.split_once(',') {
                            Some((a, b)) => (a.to_string(), Some(b.to_string())),
                            None => (body.clone(), None),
                        };
                        let min = if a.is_empty() {
                            0
                        } else {
                            a.parse().map_err(|_| "bad repetition".to_string())?
                        };
                        let max = match b {
                            None => min,
                            Some(b) if b.is_empty() => usize::MAX,
                            Some(b) => b.parse().map_err(|_| "bad repetition".to_string())?,
                        };
                        (min, max)
                    }
                };
                if last.min != 1 || last.max != 1 {
                    return Err("multiple repeat".to_string());
                }
                last.min = min;
                last.max = max;
                if i < chars.len() && chars[i] == '?' {
                    last.greedy = false;
                    i += 1;
                }
                continue;
            }
            '\\' => {
                let Some(&e) = chars.get(i) else {
                    return Err("bad escape (end of pattern)".to_string());
                };
                i += 1;
                if let Some(ci) = class_escape(e) {
                    Atom::Class(vec![ci], false)
                } else if e == 'Z' {
                    Atom::End
                } else if e == 'A' {
                    Atom::Start
                } else if e == 'b' || e == 'B' {
                    Atom::Boundary(e == 'b')
                } else if e.is_ascii_alphanumeric() && !"ntrfv".contains(e) {
                    return Err(format!("escape \\{} is not supported", e));
                } else {
                    Atom::Char(simple_escape(e))
                }
            }
            '[' => {
                let mut negate = false;
                if chars.get(i) == Some(&'^') {
                    negate = true;
                    i += 1;
                }
                let mut items = Vec::new();
                let mut first = true;
                loop {
                    let Some(&x) = chars.get(i) else {
                        return Err("unterminated character set".to_string());
                    };
                    i += 1;
                    if x == ']' && !first {
                        break;
                    }
                    first = false;
                    let lo = if x == '\\' {
                        let Some(&e) = chars.get(i) else {
                            return Err("bad escape (end of pattern)".to_string());
                        };
                        i += 1;
                        if let Some(ci) = class_escape(e) {
                            items.push(ci);
                            continue;
                        }
                        simple_escape(e)
                    } else {
                        x
                    };
                    if chars.get(i) == Some(&'-') && chars.get(i + 1).is_some_and(|&n| n != ']') {
                        let mut hi = chars[i + 1];
                        i += 2;
                        if hi == '\\' {
                            let Some(&e) = chars.get(i) else {
                                return Err("bad escape (end of pattern)".to_string());
                            };
                            i += 1;
                            hi = simple_escape(e);
                        }
                        items.push(ClassItem::Range(lo, hi));
                    } else {
                        items.push(ClassItem::Range(lo, lo));
                    }
                }
                Atom::Class(items, negate)
            }
            other => Atom::Char(other),
        };
        out.push(Piece {
            atom,
            min: 1,
            max: 1,
            greedy: true,
        });
    }
    Ok(out)
}

fn fold(c: char, icase: bool) -> char {
    if icase {
        c.to_lowercase().next().unwrap_or(c)
    } else {
        c
    }
}

fn class_item_matches(item: &ClassItem, c: char, icase: bool) -> bool {
    match item {
        ClassItem::Range(lo, hi) => {
            (*lo..=*hi).contains(&c)
                || (icase
                    && ((*lo..=*hi).contains(&fold(c, true))
                        || c.to_uppercase()
                            .next()
                            .is_some_and(|u| (*lo..=*hi).contains(&u))))
        }
        ClassItem::Digit(yes) => c.is_numeric() == *yes,
        ClassItem::Word(yes) => (c.is_alphanumeric() || c == '_') == *yes,
        ClassItem::Space(yes) => c.is_whitespace() == *yes,
    }
}

/// Whether one character matches an atom consuming a character.
fn atom_matches(atom: &Atom, c: char, icase: bool) -> bool {
    match atom {
        Atom::Char(p) => fold(*p, icase) == fold(c, icase),
        Atom::Any => c != '\n',
        Atom::Class(items, negate) => {
            items.iter().any(|it| class_item_matches(it, c, icase)) != *negate
        }
        Atom::Dollar | Atom::End | Atom::Start | Atom::Boundary(_) => false,
    }
}

/// Backtracking match of `pieces[k..]` at `pos`.
fn match_at(pieces: &[Piece], k: usize, text: &[char], pos: usize, icase: bool) -> bool {
    let Some(p) = pieces.get(k) else {
        return true;
    };
    match p.atom {
        Atom::Dollar => {
            let at_end = pos == text.len() || (pos + 1 == text.len() && text[pos] == '\n');
            return at_end && match_at(pieces, k + 1, text, pos, icase);
        }
        Atom::End => return pos == text.len() && match_at(pieces, k + 1, text, pos, icase),
        Atom::Start => return pos == 0 && match_at(pieces, k + 1, text, pos, icase),
        Atom::Boundary(want) => {
            let word = |i: usize| {
                text.get(i)
                    .is_some_and(|&c| c.is_alphanumeric() || c == '_')
            };
            let before = pos > 0 && word(pos - 1);
            let at = (before != word(pos)) == want;
            return at && match_at(pieces, k + 1, text, pos, icase);
        }
        _ => {}
    }
    // How many characters the atom can take from `pos`, at most `p.max`.
    let mut n = 0;
    while n < p.max && pos + n < text.len() && atom_matches(&p.atom, text[pos + n], icase) {
        n += 1;
    }
    if n < p.min {
        return false;
    }
    if p.greedy {
        (p.min..=n)
            .rev()
            .any(|c| match_at(pieces, k + 1, text, pos + c, icase))
    } else {
        (p.min..=n).any(|c| match_at(pieces, k + 1, text, pos + c, icase))
    }
}
