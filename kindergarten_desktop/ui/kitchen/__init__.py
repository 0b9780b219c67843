"""The kitchen tab's pages (Bếp): portion, menus, dishes, food catalogue, market list, inspection."""
