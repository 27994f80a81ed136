from . import order
order.append("views")
import app.models
def render(user):
    return f"<User {user.name}> via {app.models.__name__}"
