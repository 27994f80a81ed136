import app.mod
print(app.mod.status)
