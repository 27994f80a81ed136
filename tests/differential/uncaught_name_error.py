def compute(values):
    result = 0
    for v in values:
        result += v
    return final_answer_value

print("start")
print("about to compute")
compute([1, 2])
