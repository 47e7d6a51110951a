-- Argo CD health check for mimirts.dev/MimirTenant: Ready/Applied conditions.
local hs = {}
if obj.status == nil or obj.status.observedGeneration == nil or obj.metadata.generation == nil or obj.status.observedGeneration < obj.metadata.generation then
  hs.status = "Progressing"
  hs.message = "Waiting for the operator to apply the tenant's limits"
  return hs
end
if obj.status.conditions ~= nil then
  for _, c in ipairs(obj.status.conditions) do
    if c.type == "Ready" and c.status == "True" then
      hs.status = "Healthy"
      hs.message = c.message or "Applied"
      return hs
    end
    if c.type == "Ready" and c.status == "False" then
      hs.status = "Degraded"
      hs.message = c.message or c.reason or "Not applied"
      return hs
    end
  end
end
hs.status = "Progressing"
hs.message = "Waiting for the Ready condition"
return hs
