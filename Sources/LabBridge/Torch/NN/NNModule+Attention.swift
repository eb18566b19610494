extension NNModule {
    /// `nn.MultiheadAttention` with PyTorch's packed input projection, initialisation, masks
    /// (`attn_mask` True or -inf where a query may not look; `key_padding_mask` True for padding)
    /// and head-averaged weights.
    static let attentionSource = #"""


class NonDynamicallyQuantizableLinear(Linear):
    pass


class MultiheadAttention(Module):
    """Shapes: query [N, L, E] (batch_first) or [L, N, E]; key and value [N, S, E] or [S, N, E].
    Returns the output in the query's layout and the weights [N, L, S] (or [N, H, L, S])."""

    def __init__(self, embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False, add_zero_attn=False,
                 kdim=None, vdim=None, batch_first=False, device=None, dtype=None):
        super().__init__()
        if add_bias_kv or add_zero_attn or kdim not in (None, embed_dim) or vdim not in (None, embed_dim):
            raise NotImplementedError("nn.MultiheadAttention supports neither add_bias_kv, add_zero_attn nor a kdim/vdim other than embed_dim")
        if embed_dim % num_heads != 0:
            raise AssertionError("embed_dim must be divisible by num_heads")
        self.embed_dim = embed_dim
        self.kdim = embed_dim
        self.vdim = embed_dim
        self._qkv_same_embed_dim = True
        self.num_heads = num_heads
        self.dropout = dropout
        self.batch_first = batch_first
        self.head_dim = embed_dim // num_heads
        self.in_proj_weight = Parameter(torch.empty(3 * embed_dim, embed_dim))
        self.register_parameter("q_proj_weight", None)
        self.register_parameter("k_proj_weight", None)
        self.register_parameter("v_proj_weight", None)
        if bias:
            self.in_proj_bias = Parameter(torch.empty(3 * embed_dim))
        else:
            self.register_parameter("in_proj_bias", None)
        self.out_proj = NonDynamicallyQuantizableLinear(embed_dim, embed_dim, bias=bias)
        self.bias_k = None
        self.bias_v = None
        self.add_zero_attn = False
        init.xavier_uniform_(self.in_proj_weight)
        if self.in_proj_bias is not None:
            init.constant_(self.in_proj_bias, 0.0)
            init.constant_(self.out_proj.bias, 0.0)

    def forward(self, query, key, value, key_padding_mask=None, need_weights=True, attn_mask=None,
                average_attn_weights=True, is_causal=False):
        if query.dim() != 3:
            raise NotImplementedError("nn.MultiheadAttention supports batched (3-d) input only")
        if not self.batch_first:
            query, key, value = query.transpose(0, 1), key.transpose(0, 1), value.transpose(0, 1)
        N, L, E = query.shape
        S = key.shape[1]
        H, D = self.num_heads, self.head_dim
        w = self.in_proj_weight
        b = self.in_proj_bias
        q = F.linear(query, w[:E], None if b is None else b[:E])
        k = F.linear(key, w[E:2 * E], None if b is None else b[E:2 * E])
        v = F.linear(value, w[2 * E:], None if b is None else b[2 * E:])
        q = q.view(N, L, H, D).transpose(1, 2)                     # [N, H, L, D]
        k = k.view(N, S, H, D).transpose(1, 2)                     # [N, H, S, D]
        v = v.view(N, S, H, D).transpose(1, 2)
        scores = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(D))  # [N, H, L, S]
        if attn_mask is None and is_causal:
            attn_mask = torch.ones(L, S, dtype=torch.bool).triu(1)
        if attn_mask is not None:
            if attn_mask.dim() == 3:
                attn_mask = attn_mask.view(N, H, L, S)
            scores = scores.masked_fill(attn_mask, float("-inf")) if attn_mask.dtype == torch.bool else scores + attn_mask
        if key_padding_mask is not None:
            padding = key_padding_mask.view(N, 1, 1, S)
            scores = scores.masked_fill(padding, float("-inf")) if padding.dtype == torch.bool else scores + padding
        weights = F.softmax(scores.view(N * H, L, S), dim=-1).view(N, H, L, S)
        attended = F.dropout(weights, self.dropout, self.training) if self.dropout > 0 else weights
        # As PyTorch: the output is computed sequence-first, [L, N, E], then laid out as the query was.
        out = self.out_proj((attended @ v).permute(2, 0, 1, 3).contiguous().view(L * N, E)).view(L, N, E)
        out = out.transpose(0, 1) if self.batch_first else out
        if not need_weights:
            return out, None
        return out, weights.mean(dim=1) if average_attn_weights else weights


"""#
}
