from cyc.second import SECOND_VALUE
FIRST_VALUE = 1
