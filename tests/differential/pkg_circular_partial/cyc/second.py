from cyc.first import FIRST_VALUE
SECOND_VALUE = 2
