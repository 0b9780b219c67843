"""Class rosters: classes, children, enrolments and attendance (plain Python, no Qt widgets)."""
