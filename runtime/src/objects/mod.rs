//! One module per Python type, as CPython's `Objects/`.

pub mod bool;
pub mod bytes;
pub mod bytes_methods;
pub mod cell;
pub mod cfunction;
pub mod descr;
pub mod dict;
pub mod dictview;
pub mod exceptions;
pub mod float;
pub mod funcobjects;
pub mod function;
pub mod int;
pub mod iter;
pub mod list;
pub mod method;
pub mod module;
pub mod none;
pub mod object;
pub mod range;
pub mod set;
pub mod slice;
pub mod str;
pub mod str_methods;
pub mod superobject;
pub mod tuple;
