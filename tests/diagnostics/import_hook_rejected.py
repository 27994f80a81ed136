# expect: 3:1 E0115 import hooks ('sys.meta_path') are not supported by Molt: every import is resolved when the program is built
import sys
sys.meta_path.insert(0, object())
