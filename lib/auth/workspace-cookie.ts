/** Cookie holding the workspace a signed-in user is looking at (validated against memberships). */
export const WORKSPACE_COOKIE = "waymark-workspace";
