# expect: 3:1 E0115 rebinding a builtin ('builtins.len = ...') is not supported by Molt: builtins are fixed when the program starts
import builtins
builtins.len = lambda x: 0
